using Atlas.Core.Configuration;
using Atlas.Core.Notifications;
using Atlas.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Scheduling;

/// <summary>
/// The scheduled sync's policy, shared by the Functions timer and <c>atlas schedule</c>: nothing runs while
/// <c>Atlas:Sync:AutoSync</c> is false; a run skipped because another sync holds the lease is left at that; a failed
/// run is tried again after <c>Atlas:Sync:RetryDelay</c>, doubled each time, until <c>Atlas:Sync:MaxAttempts</c> runs
/// have failed; success and the final failure are announced in the log and to the webhook.
/// </summary>
public sealed partial class SyncScheduler
{
    private readonly SyncEngine _engine;
    private readonly SyncNotifier _notifier;
    private readonly IOptionsMonitor<AtlasOptions> _options;
    private readonly IOptionsMonitor<SyncRetryOptions> _retry;
    private readonly TimeProvider _time;
    private readonly ILogger<SyncScheduler> _logger;

    internal SyncScheduler(
        SyncEngine engine,
        SyncNotifier notifier,
        IOptionsMonitor<AtlasOptions> options,
        IOptionsMonitor<SyncRetryOptions> retry,
        TimeProvider time,
        ILogger<SyncScheduler> logger)
    {
        _engine = engine;
        _notifier = notifier;
        _options = options;
        _retry = retry;
        _time = time;
        _logger = logger;
    }

    /// <summary>The schedule in force: <c>Atlas:Sync:Schedule</c>, else <c>Atlas:Sync:Frequency</c>, in the local time zone.</summary>
    public SyncSchedule Schedule => SyncSchedule.From(_options.CurrentValue.Sync, _time.LocalTimeZone);

    /// <summary>Runs one scheduled occurrence; <paramref name="runFinished"/> sees each run's report as soon as it ends.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; no notification is sent.</exception>
    public async Task<ScheduledSync> RunOccurrenceAsync(string trigger, Action<SyncReport>? runFinished = null, CancellationToken cancellationToken = default)
    {
        if (!_options.CurrentValue.Sync.AutoSync)
        {
            SchedulingLog.Disabled(_logger, trigger);
            return new ScheduledSync(ScheduledOutcome.Disabled, [], 0, "Atlas:Sync:AutoSync is false.");
        }

        var runs = new List<SyncReport>();
        var maxAttempts = _retry.CurrentValue.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            var tried = await AttemptAsync(trigger, attempt, cancellationToken);
            if (tried.Report is { } report)
            {
                runs.Add(report);
                runFinished?.Invoke(report);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (tried.Outcome != ScheduledOutcome.Failed || attempt >= maxAttempts)
            {
                return await ConcludeAsync(new ScheduledSync(tried.Outcome, runs, attempt, tried.Error), trigger, cancellationToken);
            }

            var delay = _retry.CurrentValue.DelayAfter(attempt);
            SchedulingLog.Retrying(_logger, attempt, maxAttempts, tried.Error, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private async Task<Attempt> AttemptAsync(string trigger, int number, CancellationToken cancellationToken)
    {
        try
        {
            var report = await _engine.RunAsync(new SyncRequest { Trigger = trigger }, null, cancellationToken);
            return new Attempt(OutcomeOf(report), report, report.Error);
        }
        catch (Exception failure) when (failure is not (OperationCanceledException or OutOfMemoryException))
        {
            // The run could not even be recorded (the database is unusable, say); that is a failed attempt too.
            SchedulingLog.AttemptThrew(_logger, number, failure.Message);
            return new Attempt(ScheduledOutcome.Failed, null, failure.Message);
        }
    }

    private static ScheduledOutcome OutcomeOf(SyncReport report) => report.Status switch
    {
        SyncStatus.Success => ScheduledOutcome.Success,
        SyncStatus.Skipped => ScheduledOutcome.Skipped,
        _ => ScheduledOutcome.Failed,
    };

    private async Task<ScheduledSync> ConcludeAsync(ScheduledSync outcome, string trigger, CancellationToken cancellationToken)
    {
        var notification = outcome.Outcome switch
        {
            ScheduledOutcome.Success => SyncEvents.Succeeded,
            ScheduledOutcome.Failed => SyncEvents.Failed,
            _ => null,
        };
        if (notification is null)
        {
            SchedulingLog.Skipped(_logger, trigger, outcome.Error);
            return outcome;
        }

        await _notifier.NotifyAsync(new SyncNotification(notification, trigger, outcome.Attempts, outcome.Error, outcome.LastRun, _time.GetUtcNow()), cancellationToken);
        return outcome;
    }

    private sealed record Attempt(ScheduledOutcome Outcome, SyncReport? Report, string? Error);
}
