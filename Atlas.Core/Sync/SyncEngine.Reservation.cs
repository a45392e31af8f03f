using Atlas.Core.Storage;

namespace Atlas.Core.Sync;

/// <summary>
/// A run in two steps for hosts that answer before the run starts (the background queue behind <c>POST sync</c>):
/// <see cref="ReserveAsync"/> records the run and takes the lease, <see cref="RunReservedAsync"/> runs it. Together they
/// do what <see cref="RunAsync"/> does in one call.
/// </summary>
public sealed partial class SyncEngine
{
    /// <summary>Plans and records a run and takes the lease for it, without running it; refused (and recorded as skipped) when another sync holds the lease.</summary>
    /// <exception cref="ArgumentException">A requested project is not one of <c>Atlas:Jira:Projects</c>.</exception>
    public async Task<SyncReservation> ReserveAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(SelectProjects(request.Projects), request, cancellationToken);
        var report = await StartReportAsync(plan, request.Trigger, cancellationToken);
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var lease = await _store.TryAcquireLeaseAsync(SyncLease.Sync, owner, report.RunId, Settings.LeaseDuration, cancellationToken);
        return lease.Acquired
            ? SyncReservation.Grant(report, plan, owner)
            : SyncReservation.Refuse(await SkipAsync(report, lease.Current), lease.Current.RunId);
    }

    /// <summary>Runs a granted reservation to its end and returns its report, as <see cref="RunAsync"/> would.</summary>
    /// <exception cref="InvalidOperationException">The reservation was refused, or already run or released.</exception>
    public async Task<SyncReport> RunReservedAsync(SyncReservation reservation, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ClaimOrThrow(reservation);
        var report = await RunWithLeaseAsync(reservation.Report, reservation.Plan!, reservation.Owner!, progress, cancellationToken);
        await _store.FinishRunAsync(report, CancellationToken.None);
        SyncLog.Finished(_logger, report.RunId, report.Status, report.Processed, report.Created, report.Updated, report.Unchanged, report.Deleted, report.Rejected, report.ApiCalls, report.DurationMs ?? 0);
        return report;
    }

    /// <summary>Gives a granted reservation up unrun: the run is recorded as failed with <paramref name="reason"/> and the lease released.</summary>
    /// <exception cref="InvalidOperationException">The reservation was refused, or already run or released.</exception>
    public async Task<SyncReport> ReleaseReservedAsync(SyncReservation reservation, string reason)
    {
        ClaimOrThrow(reservation);
        var report = Finish(reservation.Report, reason, 0);
        await _store.FinishRunAsync(report, CancellationToken.None);
        await _store.ReleaseLeaseAsync(SyncLease.Sync, reservation.Owner!, CancellationToken.None);
        SyncLog.Failed(_logger, report.RunId, reason);
        return report;
    }

    private static void ClaimOrThrow(SyncReservation reservation)
    {
        if (!reservation.TryUse())
        {
            throw new InvalidOperationException(reservation.Granted
                ? $"Sync run {reservation.Report.RunId} was already started or released."
                : $"Sync run {reservation.Report.RunId} was refused the lease and cannot run.");
        }
    }
}
