using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>Column lists and row mapping for the tester's local tables.</summary>
internal static class LocalData
{
    public const string NoteColumns = "id, ticket_id, body, created_at, updated_at";

    public const string FieldColumns = "ticket_id, name, value, updated_at";

    public static LocalNote ReadNote(SqliteDataReader row) =>
        new(row.GetInt64(0), row.GetInt64(1), row.GetString(2), row.Instant(3), row.Instant(4));

    public static LocalField ReadField(SqliteDataReader row) =>
        new(row.GetInt64(0), row.GetString(1), row.StringOrNull(2), row.Instant(3));
}
