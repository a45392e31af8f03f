namespace Atlas.Core.Storage;

/// <summary>Ticket reads: lookups with local data, counts, and what incremental sync asks of the stored versions.</summary>
internal sealed partial class TicketStore
{
    /// <summary>The ticket with this key, any case; a live ticket first, else the latest tombstone that had the key.</summary>
    public async Task<StoredTicket?> GetByKeyAsync(string key, CancellationToken cancellationToken)
    {
        var ids = await QueryAsync(
            "SELECT id FROM jira_tickets WHERE key = $key ORDER BY deleted_at IS NOT NULL, deleted_at DESC LIMIT 1",
            row => row.GetInt64(0),
            cancellationToken,
            ("$key", key));
        return ids.Count == 0 ? null : await GetByIdAsync(ids[0], cancellationToken);
    }

    /// <summary>The ticket with Jira id <paramref name="id"/>, live or tombstoned.</summary>
    public async Task<StoredTicket?> GetByIdAsync(long id, CancellationToken cancellationToken) =>
        (await GetByIdsAsync([id], cancellationToken)).SingleOrDefault();

    /// <summary>Whole tickets (with local data) for these ids, in the order given; unknown ids are left out.</summary>
    public Task<IReadOnlyList<StoredTicket>> GetByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ReadAsync(connection => TicketBatchReader.ReadAsync(connection, ids, cancellationToken), cancellationToken);

    /// <summary>Live tickets in total and per project; tombstones counted apart.</summary>
    public async Task<TicketCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT deleted_at IS NOT NULL, project, count(*) FROM jira_tickets GROUP BY deleted_at IS NOT NULL, project ORDER BY project",
            row => (Deleted: row.GetBoolean(0), Project: row.GetString(1), Count: row.GetInt32(2)),
            cancellationToken);
        var live = rows.Where(row => !row.Deleted).ToDictionary(row => row.Project, row => row.Count, StringComparer.OrdinalIgnoreCase);
        return new TicketCounts(live.Values.Sum(), rows.Where(row => row.Deleted).Sum(row => row.Count), live);
    }

    /// <summary>The latest server <c>updated</c> among the project's live tickets, in Jira's offset; null when it has none.</summary>
    public async Task<DateTimeOffset?> GetMaxUpdatedAsync(string project, CancellationToken cancellationToken)
    {
        var texts = await QueryAsync(
            "SELECT updated_text FROM jira_tickets WHERE project = $project AND deleted_at IS NULL ORDER BY updated DESC LIMIT 1",
            row => row.GetString(0),
            cancellationToken,
            ("$project", project));
        return texts.Count == 0 ? null : StoreTime.FromText(texts[0]);
    }

    /// <summary>Live tickets of the project updated at or after <paramref name="since"/>, most recent first (to re-read past search lag).</summary>
    public async Task<IReadOnlyList<long>> GetRecentlyUpdatedIdsAsync(string project, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT id FROM jira_tickets WHERE project = $project AND deleted_at IS NULL AND updated >= $since ORDER BY updated DESC, id LIMIT $limit",
            row => row.GetInt64(0),
            cancellationToken,
            ("$project", project), ("$since", StoreTime.ToMs(since)), ("$limit", limit));
}
