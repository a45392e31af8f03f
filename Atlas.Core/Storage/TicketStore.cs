using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Atlas.Core.Storage;

/// <summary>
/// The SQLite mirror of Jira tickets, the tester's local data and the sync bookkeeping. Every call opens a pooled
/// connection and each write is one transaction, so several processes can share the file. Split by concern:
/// tickets (writes, reads), runs, lease, project state, local data, meta.
/// </summary>
internal sealed partial class TicketStore(SqliteConnectionFactory connections, TimeProvider time, ILogger<TicketStore> logger)
{
    private long NowMs => StoreTime.ToMs(time.GetUtcNow());

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await read(connection);
    }

    /// <summary>Runs <paramref name="write"/> in one <c>BEGIN IMMEDIATE</c> transaction; an exception rolls it all back.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginWriteAsync(cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>One statement on its own (SQLite makes a single statement atomic); returns the rows changed.</summary>
    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ReadAsync(async connection =>
        {
            await using var command = Bind(connection.Command(sql), parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>One query mapped row by row.</summary>
    private Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ReadAsync(async connection =>
        {
            await using var command = Bind(connection.Command(sql), parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }

            return rows;
        }, cancellationToken);

    private static SqliteCommand Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return command;
    }
}
