using Atlas.Core.Sync;

namespace Atlas.Core.Scheduling;

public sealed partial class SyncScheduler
{
    /// <summary>Why the schedule would run nothing (AutoSync off, or manual syncs only), or null when it runs.</summary>
    public string? IdleReason =>
        !_options.CurrentValue.Sync.AutoSync
            ? "Atlas:Sync:AutoSync is false, so no scheduled sync runs; set it to true."
            : Schedule.Expression is null
                ? "Atlas:Sync:Frequency is manual and Atlas:Sync:Schedule is empty, so nothing is scheduled; set one of them."
                : null;

    /// <summary>
    /// Runs the schedule in the foreground until cancelled: waits for each occurrence, runs it with
    /// <see cref="RunOccurrenceAsync"/> and reports through <paramref name="callbacks"/>. Occurrences missed while a
    /// run lasted are not made up; the next one after the run counts.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing is scheduled (see <see cref="IdleReason"/>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled: the normal way to stop.</exception>
    public async Task RunScheduleAsync(string trigger, ScheduleCallbacks? callbacks = null, CancellationToken cancellationToken = default)
    {
        var previous = _time.GetUtcNow();
        while (true)
        {
            var schedule = Schedule;
            var next = NextOccurrence(schedule, previous);
            SchedulingLog.Waiting(_logger, next, schedule.Expression);
            callbacks?.Waiting?.Invoke(next);
            await DelayUntilAsync(next, cancellationToken);
            previous = next;
            var outcome = await RunOccurrenceAsync(trigger, callbacks?.RunFinished, cancellationToken);
            callbacks?.OccurrenceFinished?.Invoke(outcome);
        }
    }

    // After the later of now and the occurrence just run: a timer that fires a hair early must not run it twice.
    private DateTimeOffset NextOccurrence(SyncSchedule schedule, DateTimeOffset previous)
    {
        var now = _time.GetUtcNow();
        return (IdleReason is null ? schedule.NextAfter(now > previous ? now : previous) : null)
            ?? throw new InvalidOperationException(IdleReason ?? "The schedule has no further occurrence.");
    }

    private async Task DelayUntilAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var wait = at - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }
}

/// <summary>What a foreground schedule tells its host as it goes; every callback is optional.</summary>
public sealed class ScheduleCallbacks
{
    /// <summary>Before waiting for the next occurrence, with its time.</summary>
    public Action<DateTimeOffset>? Waiting { get; init; }

    /// <summary>After every run (each attempt of an occurrence), with its report.</summary>
    public Action<SyncReport>? RunFinished { get; init; }

    /// <summary>After each occurrence, with what it did in all.</summary>
    public Action<ScheduledSync>? OccurrenceFinished { get; init; }
}
