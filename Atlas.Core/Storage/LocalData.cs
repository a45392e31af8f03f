using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>Column lists and row mapping for the tester's local tables.</summary>
internal static class LocalData
{
    public const string NoteColumns = "id, ticket_id, body, created_at, updated_at";

    public const string FieldColumns = "ticket_id, name, value, updated_at";

    /// <summary>Overrides, with the account id of a synced assignee who has the overriding display name.</summary>
    public const string OverrideColumns = """
        o.ticket_id, o.field, o.value, o.updated_at,
        CASE WHEN o.field = 'assignee' THEN (SELECT a.assignee_account_id FROM jira_tickets AS a WHERE a.assignee_name = o.value LIMIT 1) END
        """;

    public static LocalNote ReadNote(SqliteDataReader row) =>
        new(row.GetInt64(0), row.GetInt64(1), row.GetString(2), row.Instant(3), row.Instant(4));

    public static LocalField ReadField(SqliteDataReader row) =>
        new(row.GetInt64(0), row.GetString(1), row.StringOrNull(2), row.Instant(3));

    public static StoredOverride ReadOverride(SqliteDataReader row) =>
        new(row.GetInt64(0), row.GetString(1), row.StringOrNull(2), row.Instant(3), row.StringOrNull(4));
}
