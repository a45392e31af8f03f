using Microsoft.Data.Sqlite;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Jira compares names and sorts text case-insensitively over all of Unicode; SQLite's NOCASE folds ASCII only. This
/// collation, registered on the connection that runs a translated query, compares as .NET's OrdinalIgnoreCase does.
/// </summary>
internal static class JqlSqlCollation
{
    public const string Name = "JQL_NOCASE";

    public static void Register(SqliteConnection connection) =>
        connection.CreateCollation(Name, (a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
}
