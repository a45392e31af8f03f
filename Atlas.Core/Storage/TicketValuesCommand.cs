using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>Replaces one multi-valued field (labels, components or fix versions) of a ticket: prepared once per page.</summary>
internal sealed class TicketValuesCommand : IAsyncDisposable
{
    private readonly SqliteCommand _delete;
    private readonly SqliteParameter _deleteTicketId;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _ticketId;
    private readonly SqliteParameter _position;
    private readonly SqliteParameter _value;

    // table is one of the fixed child table names below, never user input.
    private TicketValuesCommand(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        _delete = connection.Command($"DELETE FROM {table} WHERE ticket_id = $ticket_id", transaction);
        _deleteTicketId = _delete.Slot("$ticket_id", SqliteType.Integer);
        _insert = connection.Command($"INSERT INTO {table} (ticket_id, position, value) VALUES ($ticket_id, $position, $value)", transaction);
        _ticketId = _insert.Slot("$ticket_id", SqliteType.Integer);
        _position = _insert.Slot("$position", SqliteType.Integer);
        _value = _insert.Slot("$value", SqliteType.Text);
    }

    public static TicketValuesCommand Labels(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, "jira_ticket_labels");

    public static TicketValuesCommand Components(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, "jira_ticket_components");

    public static TicketValuesCommand FixVersions(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, "jira_ticket_fix_versions");

    /// <summary>Writes <paramref name="values"/> in order; <paramref name="isNew"/> skips the delete for a ticket that had none.</summary>
    public async Task ReplaceAsync(long ticketId, IReadOnlyList<string> values, bool isNew, CancellationToken cancellationToken)
    {
        if (!isNew)
        {
            _deleteTicketId.Value = ticketId;
            await _delete.ExecuteNonQueryAsync(cancellationToken);
        }

        _ticketId.Value = ticketId;
        for (var i = 0; i < values.Count; i++)
        {
            _position.Value = i;
            _value.Value = values[i];
            await _insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _delete.DisposeAsync();
        await _insert.DisposeAsync();
    }
}
