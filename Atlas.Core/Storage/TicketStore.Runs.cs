using Atlas.Core.Sync;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>Sync run history: a run is <c>running</c> from <see cref="StartRunAsync"/> until <see cref="FinishRunAsync"/>.</summary>
internal sealed partial class TicketStore
{
    private const string RunColumns = """
        id, mode, triggered_by, status, projects, started_at, finished_at, duration_ms, processed, created, updated,
        unchanged, deleted, conflicts, rejected, api_calls, error, total, progress_at, merged, auto_resolved, pending
        """;

    /// <summary>Records a new run with status <c>running</c> and returns its id.</summary>
    public async Task<long> StartRunAsync(string mode, string trigger, IReadOnlyCollection<string> projects, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var ids = await QueryAsync(
            "INSERT INTO sync_runs (mode, triggered_by, status, projects, started_at) VALUES ($mode, $trigger, $status, $projects, $started_at) RETURNING id",
            row => row.GetInt64(0),
            cancellationToken,
            ("$mode", mode), ("$trigger", trigger), ("$status", SyncStatus.Running),
            ("$projects", StorageJson.Array(projects)), ("$started_at", StoreTime.ToMs(startedAt)));
        return ids[0];
    }

    /// <summary>Progress of a running run; a null <paramref name="total"/> keeps the total already known.</summary>
    public Task UpdateRunProgressAsync(long runId, int processed, int? total, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE sync_runs SET processed = $processed, total = coalesce($total, total), progress_at = $now WHERE id = $id AND status = $running",
            cancellationToken,
            ("$processed", processed), ("$total", total), ("$now", NowMs), ("$id", runId), ("$running", SyncStatus.Running));

    /// <summary>Stores the final report of run <see cref="SyncReport.RunId"/> (its status ends <c>running</c>).</summary>
    public async Task FinishRunAsync(SyncReport report, CancellationToken cancellationToken)
    {
        var changed = await ExecuteAsync(
            """
            UPDATE sync_runs SET mode = $mode, triggered_by = $trigger, status = $status, projects = $projects,
                started_at = $started_at, finished_at = $finished_at, duration_ms = $duration_ms, processed = $processed,
                created = $created, updated = $updated, unchanged = $unchanged, deleted = $deleted, conflicts = $conflicts,
                rejected = $rejected, api_calls = $api_calls, error = $error,
                merged = $merged, auto_resolved = $auto_resolved, pending = $pending
            WHERE id = $id
            """,
            cancellationToken,
            ("$id", report.RunId), ("$mode", report.Mode), ("$trigger", report.Trigger), ("$status", report.Status),
            ("$projects", StorageJson.Array(report.Projects)), ("$started_at", StoreTime.ToMs(report.StartedAt)),
            ("$finished_at", StoreTime.ToMs(report.FinishedAt)), ("$duration_ms", report.DurationMs), ("$processed", report.Processed),
            ("$created", report.Created), ("$updated", report.Updated), ("$unchanged", report.Unchanged), ("$deleted", report.Deleted),
            ("$conflicts", report.Conflicts), ("$rejected", report.Rejected), ("$api_calls", report.ApiCalls), ("$error", report.Error),
            ("$merged", report.Merged), ("$auto_resolved", report.AutoResolved), ("$pending", report.Pending));
        if (changed == 0)
        {
            throw new InvalidOperationException($"Sync run {report.RunId} was never started in this database.");
        }
    }

    public async Task<SyncRunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {RunColumns} FROM sync_runs WHERE id = $id", ReadRun, cancellationToken, ("$id", runId))).SingleOrDefault();

    /// <summary>The latest <paramref name="limit"/> runs, newest first.</summary>
    public async Task<IReadOnlyList<SyncRunRecord>> ListRunsAsync(int limit, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {RunColumns} FROM sync_runs ORDER BY id DESC LIMIT $limit", ReadRun, cancellationToken, ("$limit", limit));

    /// <summary>The newest run still marked <c>running</c>, if any.</summary>
    public async Task<SyncRunRecord?> GetRunningRunAsync(CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {RunColumns} FROM sync_runs WHERE status = $running ORDER BY id DESC LIMIT 1",
            ReadRun,
            cancellationToken,
            ("$running", SyncStatus.Running))).SingleOrDefault();

    private static SyncRunRecord ReadRun(SqliteDataReader row) => new(
        new SyncReport
        {
            RunId = row.GetInt64(0),
            Mode = row.GetString(1),
            Trigger = row.GetString(2),
            Status = row.GetString(3),
            Projects = StorageJson.Strings(row.GetString(4)),
            StartedAt = row.Instant(5),
            FinishedAt = row.InstantOrNull(6),
            DurationMs = row.Int64OrNull(7),
            Processed = row.GetInt32(8),
            Created = row.GetInt32(9),
            Updated = row.GetInt32(10),
            Unchanged = row.GetInt32(11),
            Deleted = row.GetInt32(12),
            Conflicts = row.GetInt32(13),
            Rejected = row.GetInt32(14),
            ApiCalls = row.GetInt32(15),
            Error = row.StringOrNull(16),
            Merged = row.GetInt32(19),
            AutoResolved = row.GetInt32(20),
            Pending = row.GetInt32(21),
        },
        Total: row.Int32OrNull(17),
        ProgressAt: row.InstantOrNull(18));
}
