using Atlas.Core.Conflicts;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>The writes the merge and the inbox share, run inside the caller's transaction.</summary>
internal static class ConflictSql
{
    public static async Task DeleteOverrideAsync(SqliteConnection connection, SqliteTransaction transaction, long ticketId, string field, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("DELETE FROM local_overrides WHERE ticket_id = $ticket_id AND field = $field", transaction)
            .With("$ticket_id", ticketId).With("$field", field);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task SetOverrideAsync(SqliteConnection connection, SqliteTransaction transaction, long ticketId, string field, string? value, long nowMs, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            INSERT INTO local_overrides (ticket_id, field, value, updated_at) VALUES ($ticket_id, $field, $value, $now)
            ON CONFLICT (ticket_id, field) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """,
            transaction).With("$ticket_id", ticketId).With("$field", field).With("$value", value).With("$now", nowMs);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task LogAsync(SqliteConnection connection, SqliteTransaction transaction, ConflictLogRow row, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            INSERT INTO conflict_log (ticket_id, ticket_key, conflict_id, field, base, local, remote, strategy, outcome, value, at, resolved_by)
            VALUES ($ticket_id, $key, $conflict_id, $field, $base, $local, $remote, $strategy, $outcome, $value, $at, $by)
            """,
            transaction)
            .With("$ticket_id", row.TicketId).With("$key", row.Key).With("$conflict_id", row.ConflictId).With("$field", row.Field)
            .With("$base", row.Base).With("$local", row.Local).With("$remote", row.Remote).With("$strategy", row.Strategy)
            .With("$outcome", row.Outcome).With("$value", row.Value).With("$at", row.AtMs).With("$by", row.ResolvedBy);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The ticket's open conflict, created when it has none; returns its id.</summary>
    public static async Task<long> OpenConflictAsync(SqliteConnection connection, SqliteTransaction transaction, long ticketId, long? runId, bool critical, long nowMs, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            INSERT INTO conflicts (ticket_id, run_id, critical, status, detected_at) VALUES ($ticket_id, $run_id, $critical, 'pending', $now)
            ON CONFLICT (ticket_id) WHERE status = 'pending' DO UPDATE SET critical = max(critical, excluded.critical), run_id = excluded.run_id
            RETURNING id
            """,
            transaction).With("$ticket_id", ticketId).With("$run_id", runId).With("$critical", critical ? 1 : 0).With("$now", nowMs);
        return (await command.ScalarInt64Async(cancellationToken))!.Value;
    }

    /// <summary>Adds a field to an open conflict; a field already there keeps its first base and takes the new local and remote values.</summary>
    public static async Task PutConflictFieldAsync(SqliteConnection connection, SqliteTransaction transaction, long conflictId, FieldDecision field, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            INSERT INTO conflict_fields (conflict_id, field, base, local, remote) VALUES ($conflict_id, $field, $base, $local, $remote)
            ON CONFLICT (conflict_id, field) DO UPDATE SET local = excluded.local, remote = excluded.remote
            """,
            transaction)
            .With("$conflict_id", conflictId).With("$field", field.Field).With("$base", field.Base).With("$local", field.Local).With("$remote", field.Remote);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Takes a field out of the ticket's open conflict once its override is gone (the question no longer stands), logging
    /// that the field now shows Jira's value (<paramref name="value"/>, or Jira's value in the conflict when null); a
    /// conflict left without fields is closed. <paramref name="resolvedBy"/> null means a sync did it.
    /// </summary>
    public static async Task DropConflictFieldAsync(
        SqliteConnection connection, SqliteTransaction transaction, long ticketId, string field, string? value, string? resolvedBy, long nowMs, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"""
            INSERT INTO conflict_log (ticket_id, ticket_key, conflict_id, field, base, local, remote, strategy, outcome, value, at, resolved_by)
            SELECT c.ticket_id, t.key, c.id, f.field, f.base, f.local, f.remote, '{ConflictStrategies.Manual}', '{FieldOutcomes.ResolvedJira}',
                   coalesce($value, f.remote), $now, $by
            FROM conflict_fields AS f JOIN conflicts AS c ON c.id = f.conflict_id JOIN jira_tickets AS t ON t.id = c.ticket_id
            WHERE c.ticket_id = $ticket_id AND c.status = 'pending' AND f.field = $field;
            DELETE FROM conflict_fields WHERE field = $field
                AND conflict_id = (SELECT id FROM conflicts WHERE ticket_id = $ticket_id AND status = 'pending');
            UPDATE conflicts SET status = 'resolved', resolved_at = $now, resolved_by = coalesce($by, '{ResolvedBy.Sync}')
            WHERE ticket_id = $ticket_id AND status = 'pending'
                AND NOT EXISTS (SELECT 1 FROM conflict_fields WHERE conflict_id = conflicts.id);
            """,
            transaction).With("$ticket_id", ticketId).With("$field", field).With("$value", value).With("$now", nowMs).With("$by", resolvedBy);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>One <c>conflict_log</c> row to write.</summary>
internal sealed record ConflictLogRow(
    long TicketId, string Key, long? ConflictId, string Field, string? Base, string? Local, string? Remote,
    string Strategy, string Outcome, string? Value, long AtMs, string? ResolvedBy);
