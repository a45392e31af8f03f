using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Atlas.Core.Sync;

/// <summary>
/// The hosted service that runs what <see cref="BackgroundSyncRunner"/> reserved, one at a time. When the host stops, the
/// running sync is cancelled (it keeps every stored page and the next run resumes) and runs still queued are released.
/// </summary>
internal sealed class BackgroundSyncWorker(BackgroundSyncRunner runner, SyncEngine engine, ILogger<BackgroundSyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var reservation in runner.Pending.ReadAllAsync(stoppingToken))
            {
                await RunAsync(reservation, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping is the normal end.
        }
        finally
        {
            runner.Close();
            await ReleaseLeftoversAsync();
        }
    }

    private async Task RunAsync(SyncReservation reservation, CancellationToken stoppingToken)
    {
        try
        {
            await engine.RunReservedAsync(reservation, null, stoppingToken);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // The run's own failures end up in its report; this is the bookkeeping around it failing (the database, say).
            BackgroundSyncLog.RunThrew(logger, reservation.Report.RunId, failure);
        }
    }

    private async Task ReleaseLeftoversAsync()
    {
        while (runner.Pending.TryRead(out var reservation))
        {
            await engine.ReleaseReservedAsync(reservation, BackgroundSyncRunner.StoppingReason);
        }
    }
}
