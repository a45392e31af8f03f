using Atlas.Core.Templates;
using Microsoft.Data.Sqlite;

namespace Atlas.Benchmarks.Search;

/// <summary>Every template rendered with its defaults, and for required parameters the value most common in the cache.</summary>
internal static class TemplateQueries
{
    private static readonly Dictionary<string, string> MostCommon = new(StringComparer.Ordinal)
    {
        ["component"] = "SELECT value FROM jira_ticket_components GROUP BY value ORDER BY count(*) DESC, value LIMIT 1",
        ["version"] = "SELECT value FROM jira_ticket_fix_versions GROUP BY value ORDER BY count(*) DESC, value LIMIT 1",
        ["user"] = "SELECT assignee_account_id FROM jira_tickets WHERE assignee_account_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
        ["issue"] = "SELECT parent_key FROM jira_tickets WHERE parent_key IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
    };

    public static async Task<IReadOnlyList<(string Name, string Jql)>> RenderAsync(TemplateService templates, string path)
    {
        var rendered = new List<(string, string)>();
        foreach (var template in templates.List())
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var parameter in template.Parameters.Where(p => p.Default is null))
            {
                values[parameter.Name] = parameter.Name == "words" ? "login page" : await ScalarAsync(path, MostCommon[parameter.Name]);
            }

            rendered.Add((template.Name, templates.Render(template.Name, values)));
        }

        return rendered;
    }

    private static async Task<string> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
