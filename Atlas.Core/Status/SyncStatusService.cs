using Atlas.Core.Configuration;
using Atlas.Core.Scheduling;
using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Status;

/// <summary>Reads the sync state for people and scripts: now, the next scheduled run, past runs, ticket counts.</summary>
public sealed class SyncStatusService
{
    private readonly TicketStore _store;
    private readonly IOptionsMonitor<AtlasOptions> _options;
    private readonly TimeProvider _time;

    internal SyncStatusService(TicketStore store, IOptionsMonitor<AtlasOptions> options, TimeProvider time)
    {
        _store = store;
        _options = options;
        _time = time;
    }

    public async Task<StatusView> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var running = await ActiveRunAsync(cancellationToken);
        var lastRun = (await _store.ListRunsAsync(20, cancellationToken))
            .Select(r => r.Report)
            .FirstOrDefault(r => r.Status is SyncStatus.Success or SyncStatus.Failed);
        var counts = await _store.CountsAsync(cancellationToken);
        var state = running is not null ? SyncStates.Running : lastRun?.Status ?? SyncStates.Idle;
        var (pending, critical) = await _store.CountPendingConflictsAsync(cancellationToken);
        var view = new StatusView(
            state,
            running is null ? null : ProgressOf(running),
            lastRun,
            SyncSchedule.From(_options.CurrentValue.Sync).NextAfter(_time.GetUtcNow()),
            new TicketTotals(counts.Live, counts.LiveByProject));
        return view with { Conflicts = new ConflictTotals(pending, critical) };
    }

    /// <summary>Past runs, newest first.</summary>
    public async Task<IReadOnlyList<SyncReport>> GetHistoryAsync(int limit, CancellationToken cancellationToken = default) =>
        [.. (await _store.ListRunsAsync(Math.Clamp(limit, 1, 1000), cancellationToken)).Select(r => r.Report)];

    /// <summary>One run, or null when there is no such run.</summary>
    public async Task<SyncRunView?> GetRunAsync(long runId, CancellationToken cancellationToken = default) =>
        await _store.GetRunAsync(runId, cancellationToken) is { } run
            ? new SyncRunView(run.Report, run.Report.Status == SyncStatus.Running ? ProgressOf(run) : null)
            : null;

    /// <summary>The run in progress, or null.</summary>
    public async Task<SyncRunView?> GetRunningAsync(CancellationToken cancellationToken = default) =>
        await ActiveRunAsync(cancellationToken) is { } run ? new SyncRunView(run.Report, ProgressOf(run)) : null;

    /// <summary>The run marked running whose holder still keeps the lease; a crashed run's row stays "running" until taken over.</summary>
    private async Task<SyncRunRecord?> ActiveRunAsync(CancellationToken cancellationToken)
    {
        var running = await _store.GetRunningRunAsync(cancellationToken);
        var lease = running is null ? null : await _store.GetLeaseAsync(SyncLease.Sync, cancellationToken);
        return lease is not null && lease.RunId == running!.Report.RunId && !lease.IsExpiredAt(_time.GetUtcNow()) ? running : null;
    }

    private static ProgressView ProgressOf(SyncRunRecord run) =>
        new(run.Report.Processed, run.Total, run.Percent is { } percent ? (int)percent : null);
}
