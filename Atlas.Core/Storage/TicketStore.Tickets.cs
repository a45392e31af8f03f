using Atlas.Core.Conflicts;
using Atlas.Core.Tickets;

namespace Atlas.Core.Storage;

/// <summary>Ticket writes: pages, the id census, tombstones.</summary>
internal sealed partial class TicketStore
{
    private const string InProjects = "project IN (SELECT value FROM json_each($projects))";

    /// <summary>
    /// Writes a page of tickets and, when given, the checkpoint that follows it, in one transaction: a crash loses at most
    /// this page. Unchanged tickets (same content hash and key) only get <c>last_seen_run_id</c>. Local overrides of the
    /// changed tickets are merged by <paramref name="policy"/> (default <see cref="ConflictPolicy.Default"/>).
    /// </summary>
    public async Task<PageWriteResult> WritePageAsync(
        long runId, IReadOnlyList<Ticket> tickets, SyncCheckpoint? checkpoint, CancellationToken cancellationToken, ConflictPolicy? policy = null)
    {
        var result = await WriteAsync(async (connection, transaction) =>
        {
            PageWriteResult page;
            await using (var writer = new TicketPageWriter(connection, transaction, runId, NowMs, policy ?? ConflictPolicy.Default))
            {
                page = await writer.WriteAsync(tickets, cancellationToken);
            }

            if (checkpoint is not null)
            {
                await SaveCheckpointAsync(connection, transaction, checkpoint, cancellationToken);
            }

            return page;
        }, cancellationToken);

        foreach (var key in result.DisplacedKeys)
        {
            StorageLog.KeyReassigned(logger, key);
        }

        foreach (var critical in result.Conflicts.Critical)
        {
            StorageLog.CriticalConflict(logger, critical.Key, critical.ConflictId, string.Join(", ", critical.Fields));
        }

        return result;
    }

    /// <summary>
    /// Records that an id census of run <paramref name="runId"/> saw these ids. Returns the ids the store has no live row
    /// for (new, or tombstoned earlier): the sync should fetch those in full.
    /// </summary>
    public Task<IReadOnlyList<long>> MarkSeenAsync(long runId, IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<long>>(async (connection, transaction) =>
        {
            await using var command = connection.Command("""
                UPDATE jira_tickets SET last_seen_run_id = $run_id
                WHERE id IN (SELECT value FROM json_each($ids)) AND deleted_at IS NULL;
                SELECT value FROM json_each($ids) AS seen
                WHERE NOT EXISTS (SELECT 1 FROM jira_tickets t WHERE t.id = seen.value AND t.deleted_at IS NULL);
                """, transaction).With("$run_id", runId).With("$ids", StorageJson.Array(ids));
            return await command.ListInt64Async(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Tombstones the live tickets of <paramref name="projects"/> that run <paramref name="runId"/> did not see (in a page
    /// or the census). Returns their keys. Local data stays; a later sight revives the ticket. Call it only after the run
    /// has seen every ticket of those projects (a complete census or full pass): anything unseen is taken as gone.
    /// </summary>
    public async Task<IReadOnlyList<string>> TombstoneMissingAsync(IReadOnlyCollection<string> projects, long runId, string reason, CancellationToken cancellationToken)
    {
        var keys = await QueryAsync(
            $"""
            UPDATE jira_tickets SET deleted_at = $now, deleted_reason = $reason
            WHERE deleted_at IS NULL AND {InProjects} AND last_seen_run_id IS NOT $run_id
            RETURNING key
            """,
            row => row.GetString(0),
            cancellationToken,
            ("$now", NowMs), ("$reason", reason), ("$run_id", runId), ("$projects", StorageJson.Array(projects)));
        if (keys.Count > 0)
        {
            StorageLog.Tombstoned(logger, keys.Count, runId, reason);
        }

        return keys;
    }

    /// <summary>Ids of the live tickets in <paramref name="projects"/>, ascending.</summary>
    public async Task<IReadOnlyList<long>> GetLiveIdsAsync(IReadOnlyCollection<string> projects, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT id FROM jira_tickets WHERE deleted_at IS NULL AND {InProjects} ORDER BY id",
            row => row.GetInt64(0),
            cancellationToken,
            ("$projects", StorageJson.Array(projects)));
}
