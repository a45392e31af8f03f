using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>The tester's local notes and fields: written only here, never by sync, kept through tombstones and moves.</summary>
internal sealed partial class TicketStore
{
    private const int SqliteForeignKeyViolation = 787; // SQLITE_CONSTRAINT_FOREIGNKEY

    /// <summary>Adds a note to a stored ticket (live or tombstoned).</summary>
    public async Task<LocalNote> AddNoteAsync(long ticketId, string body, CancellationToken cancellationToken)
    {
        var notes = await ForStoredTicketAsync(ticketId, () => QueryAsync(
            $"INSERT INTO local_notes (ticket_id, body, created_at, updated_at) VALUES ($ticket_id, $body, $now, $now) RETURNING {LocalData.NoteColumns}",
            LocalData.ReadNote,
            cancellationToken,
            ("$ticket_id", ticketId), ("$body", body), ("$now", NowMs)));
        return notes[0];
    }

    public async Task<IReadOnlyList<LocalNote>> ListNotesAsync(long ticketId, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT {LocalData.NoteColumns} FROM local_notes WHERE ticket_id = $ticket_id ORDER BY id",
            LocalData.ReadNote,
            cancellationToken,
            ("$ticket_id", ticketId));

    /// <summary>Sets a local field (a null value is stored as an explicit null; see <see cref="RemoveLocalFieldAsync"/>).</summary>
    public Task SetLocalFieldAsync(long ticketId, string name, string? value, CancellationToken cancellationToken) =>
        ForStoredTicketAsync(ticketId, () => ExecuteAsync(
            """
            INSERT INTO local_fields (ticket_id, name, value, updated_at) VALUES ($ticket_id, $name, $value, $now)
            ON CONFLICT (ticket_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("$ticket_id", ticketId), ("$name", name), ("$value", value), ("$now", NowMs)));

    public async Task<bool> RemoveLocalFieldAsync(long ticketId, string name, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "DELETE FROM local_fields WHERE ticket_id = $ticket_id AND name = $name",
            cancellationToken,
            ("$ticket_id", ticketId), ("$name", name)) > 0;

    public async Task<IReadOnlyList<LocalField>> ListLocalFieldsAsync(long ticketId, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT {LocalData.FieldColumns} FROM local_fields WHERE ticket_id = $ticket_id ORDER BY name",
            LocalData.ReadField,
            cancellationToken,
            ("$ticket_id", ticketId));

    // Local data hangs off a synced ticket; say which one is missing rather than surface a bare constraint error.
    private static async Task<T> ForStoredTicketAsync<T>(long ticketId, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (SqliteException error) when (error.SqliteExtendedErrorCode == SqliteForeignKeyViolation)
        {
            throw new KeyNotFoundException($"Ticket {ticketId} is not in the local store; sync or fetch it before adding local data.", error);
        }
    }
}
