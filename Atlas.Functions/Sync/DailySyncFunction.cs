using Atlas.Core.Scheduling;
using Atlas.Core.Sync;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Atlas.Functions.Sync;

/// <summary>
/// The scheduled sync. The host fires it by the app setting <c>SyncSchedule</c> (never on start-up: that would sync on
/// every scale-out and restart); <see cref="SyncScheduler"/> decides the rest: AutoSync, skipping while another sync
/// runs, retries with growing waits, notifications. No Functions retry attribute: the policy retries, and host retries
/// are best-effort and would multiply its attempts.
/// </summary>
public sealed class DailySyncFunction(SyncScheduler scheduler, ILogger<DailySyncFunction> logger)
{
    [Function("DailySync")]
    public async Task RunAsync([TimerTrigger("%SyncSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            FunctionsLog.PastDue(logger);
        }

        var outcome = await scheduler.RunOccurrenceAsync(SyncTriggers.Timer, LogReport, cancellationToken);
        FunctionsLog.DailySyncFinished(logger, outcome.Outcome, outcome.Attempts, outcome.LastRun?.RunId, outcome.Error);
    }

    // CA1873: the wrapper is a small allocation; the JSON it stands for is rendered only if the line is written.
#pragma warning disable CA1873
    private void LogReport(SyncReport report) => FunctionsLog.RunReport(logger, new ReportLine(report));
#pragma warning restore CA1873
}
