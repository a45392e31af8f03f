using Atlas.Core.Conflicts;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>The conflict inbox and the resolution log.</summary>
internal sealed partial class TicketStore
{
    private const string ConflictColumns = """
        c.id, t.key, c.detected_at, c.critical, c.status, c.resolved_at, c.resolved_by, c.ticket_id
        """;

    private const string FieldsOf = "SELECT field, base, local, remote FROM conflict_fields WHERE conflict_id = $id ORDER BY field";

    /// <summary>Pending conflicts, oldest first (critical ones first among equals), at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<ConflictView>> ListPendingConflictsAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<ConflictView>>(async connection =>
        {
            await using var command = connection.Command(
                $"""
                SELECT {ConflictColumns} FROM conflicts AS c JOIN jira_tickets AS t ON t.id = c.ticket_id
                WHERE c.status = 'pending' ORDER BY c.critical DESC, c.detected_at, c.id LIMIT $limit
                """).With("$limit", limit);
            return await ReadConflictsAsync(connection, command, cancellationToken);
        }, cancellationToken);

    /// <summary>One conflict, pending or resolved; null when there is no such id.</summary>
    public Task<ConflictView?> GetConflictAsync(long id, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
        {
            await using var command = connection.Command(
                $"SELECT {ConflictColumns} FROM conflicts AS c JOIN jira_tickets AS t ON t.id = c.ticket_id WHERE c.id = $id").With("$id", id);
            return (await ReadConflictsAsync(connection, command, cancellationToken)).SingleOrDefault();
        }, cancellationToken);

    /// <summary>Pending conflicts in all, and how many are on critical tickets.</summary>
    public async Task<(int Pending, int Critical)> CountPendingConflictsAsync(CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT count(*), coalesce(sum(critical), 0) FROM conflicts WHERE status = 'pending'",
            row => (row.GetInt32(0), row.GetInt32(1)),
            cancellationToken))[0];

    /// <summary>The newest <paramref name="limit"/> log entries, of one ticket when <paramref name="ticketId"/> is given.</summary>
    public async Task<IReadOnlyList<ConflictLogEntry>> ListConflictLogAsync(int limit, long? ticketId, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT id, ticket_key, field, base, local, remote, strategy, outcome, value, at, resolved_by, conflict_id
            FROM conflict_log WHERE $ticket_id IS NULL OR ticket_id = $ticket_id ORDER BY id DESC LIMIT $limit
            """,
            row => new ConflictLogEntry(
                row.GetInt64(0), row.GetString(1), row.GetString(2), row.StringOrNull(3), row.StringOrNull(4), row.StringOrNull(5),
                row.GetString(6), row.GetString(7), row.StringOrNull(8), row.Instant(9), row.IsDBNull(10), row.StringOrNull(10), row.Int64OrNull(11)),
            cancellationToken,
            ("$ticket_id", ticketId), ("$limit", limit));

    /// <summary>
    /// Resolves a pending conflict at once: per field, <paramref name="choices"/> gives the value it keeps (a
    /// <see cref="FieldChoice"/>); the override is kept, replaced or dropped to match, each field is logged, and the
    /// conflict is closed. Returns the resolved conflict, or null when <paramref name="conflictId"/> is not pending.
    /// </summary>
    public Task<ConflictView?> ResolveConflictAsync(long conflictId, Func<ConflictFieldView, FieldChoice> choices, string resolvedBy, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var open = await ReadOpenAsync(connection, transaction, conflictId, cancellationToken);
            if (open is null)
            {
                return null;
            }

            foreach (var field in open.Value.View.Fields)
            {
                await ResolveFieldAsync(connection, transaction, open.Value, field, choices(field), resolvedBy, cancellationToken);
            }

            await using var close = connection.Command(
                "UPDATE conflicts SET status = 'resolved', resolved_at = $now, resolved_by = $by WHERE id = $id", transaction)
                .With("$now", NowMs).With("$by", resolvedBy).With("$id", conflictId);
            await close.ExecuteNonQueryAsync(cancellationToken);
            return open.Value.View with { Status = ConflictStatuses.Resolved, ResolvedAt = StoreTime.FromMs(NowMs), ResolvedBy = resolvedBy };
        }, cancellationToken);

    private async Task ResolveFieldAsync(
        SqliteConnection connection, SqliteTransaction transaction, (ConflictView View, long TicketId) open, ConflictFieldView field, FieldChoice choice, string resolvedBy, CancellationToken cancellationToken)
    {
        // The same value as Jira's is no override; anything else stays as one, stamped now (the latest local decision).
        if (string.Equals(choice.Value, field.Jira, StringComparison.Ordinal))
        {
            await ConflictSql.DeleteOverrideAsync(connection, transaction, open.TicketId, field.Field, cancellationToken);
        }
        else
        {
            await ConflictSql.SetOverrideAsync(connection, transaction, open.TicketId, field.Field, choice.Value, NowMs, cancellationToken);
        }

        await ConflictSql.LogAsync(connection, transaction, new ConflictLogRow(
            open.TicketId, open.View.Key, open.View.Id, field.Field, field.Base, field.Local, field.Jira,
            ConflictStrategies.Manual, choice.Outcome, choice.Value, NowMs, resolvedBy), cancellationToken);
    }

    private static async Task<(ConflictView View, long TicketId)?> ReadOpenAsync(SqliteConnection connection, SqliteTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {ConflictColumns} FROM conflicts AS c JOIN jira_tickets AS t ON t.id = c.ticket_id WHERE c.id = $id AND c.status = 'pending'",
            transaction).With("$id", id);
        var rows = await ReadRowsAsync(connection, transaction, command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static async Task<IReadOnlyList<ConflictView>> ReadConflictsAsync(SqliteConnection connection, SqliteCommand command, CancellationToken cancellationToken) =>
        [.. (await ReadRowsAsync(connection, null, command, cancellationToken)).Select(row => row.View)];

    private static async Task<List<(ConflictView View, long TicketId)>> ReadRowsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(ConflictView View, long TicketId)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var view = new ConflictView(
                    reader.GetInt64(0), reader.GetString(1), [], reader.Instant(2), reader.GetInt64(3) == 1, reader.GetString(4),
                    reader.InstantOrNull(5), reader.StringOrNull(6));
                rows.Add((view, reader.GetInt64(7)));
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = (rows[i].View with { Fields = await ReadFieldsAsync(connection, transaction, rows[i].View.Id, cancellationToken) }, rows[i].TicketId);
        }

        return rows;
    }

    private static async Task<List<ConflictFieldView>> ReadFieldsAsync(SqliteConnection connection, SqliteTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(FieldsOf, transaction).With("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var fields = new List<ConflictFieldView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            fields.Add(new ConflictFieldView(reader.GetString(0), reader.StringOrNull(1), reader.StringOrNull(2), reader.StringOrNull(3)));
        }

        return fields;
    }
}

/// <summary>The value a person chose for a field of a conflict, and how the log names that choice.</summary>
internal sealed record FieldChoice(string? Value, string Outcome);
