using Atlas.Core.Conflicts;

namespace Atlas.Core.Storage;

/// <summary>The tester's local edits in one transaction: overrides of synced fields, local-only fields, a note.</summary>
internal sealed partial class TicketStore
{
    /// <summary>
    /// Applies <paramref name="edit"/> to a stored ticket (live or tombstoned). An override equal to Jira's value is no
    /// override: it is removed instead. Removing an override also takes its field out of a pending conflict.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The ticket is not in the store.</exception>
    public Task ApplyLocalEditAsync(long ticketId, StoredEdit edit, string editedBy, CancellationToken cancellationToken) =>
        ForStoredTicketAsync(ticketId, () => WriteAsync(async (connection, transaction) =>
        {
            foreach (var (field, value) in edit.Overrides)
            {
                await ConflictSql.SetOverrideAsync(connection, transaction, ticketId, field, value, NowMs, cancellationToken);
            }

            foreach (var field in edit.RemovedOverrides)
            {
                await ConflictSql.DeleteOverrideAsync(connection, transaction, ticketId, field, cancellationToken);
                await ConflictSql.DropConflictFieldAsync(connection, transaction, ticketId, field, null, editedBy, NowMs, cancellationToken);
            }

            await using var local = connection.Command(
                """
                INSERT INTO local_fields (ticket_id, name, value, updated_at) SELECT $ticket_id, key, value, $now FROM json_each($set) WHERE true
                ON CONFLICT (ticket_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
                DELETE FROM local_fields WHERE ticket_id = $ticket_id AND name IN (SELECT value FROM json_each($removed));
                INSERT INTO local_notes (ticket_id, body, created_at, updated_at) SELECT $ticket_id, $note, $now, $now WHERE $note IS NOT NULL;
                """,
                transaction)
                .With("$ticket_id", ticketId).With("$now", NowMs).With("$note", edit.Note)
                .With("$set", StorageJson.Object(edit.LocalFields)).With("$removed", StorageJson.Array(edit.RemovedLocalFields));
            await local.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken));

    /// <summary>The casing Jira uses for a status, priority or user the store has seen, or null when it has seen none such.</summary>
    public async Task<string?> KnownValueAsync(string field, string value, CancellationToken cancellationToken)
    {
        var sql = field switch
        {
            MergeFields.Status => "SELECT status FROM jira_tickets WHERE status = $value LIMIT 1",
            MergeFields.Priority => "SELECT priority FROM jira_tickets WHERE priority = $value LIMIT 1",
            MergeFields.Assignee => """
                SELECT assignee_name FROM jira_tickets WHERE assignee_name = $value OR assignee_account_id = $value
                UNION ALL SELECT reporter_name FROM jira_tickets WHERE reporter_name = $value OR reporter_account_id = $value
                LIMIT 1
                """,
            _ => null,
        };
        return sql is null ? null : (await QueryAsync(sql, row => row.StringOrNull(0), cancellationToken, ("$value", value))).FirstOrDefault();
    }
}

/// <summary>A local edit ready for the store: canonical override values, local-only fields, removals and a note.</summary>
internal sealed record StoredEdit(
    IReadOnlyDictionary<string, string?> Overrides,
    IReadOnlyList<string> RemovedOverrides,
    IReadOnlyDictionary<string, string?> LocalFields,
    IReadOnlyList<string> RemovedLocalFields,
    string? Note);
