namespace Atlas.Core.Storage;

/// <summary>Facts about the Jira user and site (<see cref="MetaKeys"/>), and tickets a run rejected.</summary>
internal sealed partial class TicketStore
{
    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT value FROM atlas_meta WHERE key = $key", row => row.StringOrNull(0), cancellationToken, ("$key", key))).SingleOrDefault();

    public async Task<IReadOnlyDictionary<string, string?>> GetAllMetaAsync(CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT key, value FROM atlas_meta", row => (Key: row.GetString(0), Value: row.StringOrNull(1)), cancellationToken))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    public Task SetMetaAsync(string key, string? value, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO atlas_meta (key, value, updated_at) VALUES ($key, $value, $now) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            cancellationToken,
            ("$key", key), ("$value", value), ("$now", NowMs));

    /// <summary>Records a ticket that failed validation in run <paramref name="runId"/>; the reason must not carry secrets.</summary>
    public Task AddRejectionAsync(long runId, string? ticketKey, long? ticketId, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO sync_rejections (run_id, ticket_key, ticket_id, reason, at) VALUES ($run_id, $key, $id, $reason, $now)",
            cancellationToken,
            ("$run_id", runId), ("$key", ticketKey), ("$id", ticketId), ("$reason", reason), ("$now", NowMs));

    public async Task<IReadOnlyList<SyncRejection>> ListRejectionsAsync(long runId, CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT id, run_id, ticket_key, ticket_id, reason, at FROM sync_rejections WHERE run_id = $run_id ORDER BY id",
            row => new SyncRejection(row.GetInt64(0), row.GetInt64(1), row.StringOrNull(2), row.Int64OrNull(3), row.GetString(4), row.Instant(5)),
            cancellationToken,
            ("$run_id", runId));
}
