using Atlas.Core.Jql.Sql;
using Atlas.Core.Search;
using Microsoft.Data.Sqlite;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Benchmarks.Search;

/// <summary>Prints each template's statement, its parameters and SQLite's query plan (<c>search --explain</c>), to find why one is slow.</summary>
internal static class SearchExplain
{
    public static async Task PrintAsync(string path, IReadOnlyList<(string Name, string Jql)> queries)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        JqlSqlCollation.Register(connection);
        var profile = await OfflineProfile.ReadAsync(connection, CancellationToken.None)
            ?? throw new InvalidOperationException("The cache holds no synced profile.");
        foreach (var (name, jql) in queries)
        {
            var translation = JqlSqlTranslator.Translate(JqlApi.Parse(jql).Query!, profile.Context(TimeProvider.System.GetUtcNow()), 51);
            Console.WriteLine($"## {name}: {jql}");
            Console.WriteLine(translation.Sql);
            Console.WriteLine(string.Join(", ", translation.Parameters.Select(p => $"{p.Key}={p.Value}")));
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + translation.Sql;
            foreach (var (parameter, value) in translation.Parameters)
            {
                command.Parameters.AddWithValue(parameter, value);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"  {reader.GetInt64(0),3} {reader.GetInt64(1),3} {reader.GetString(3)}");
            }

            Console.WriteLine();
        }
    }
}
