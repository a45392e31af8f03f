using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Scheduling;

/// <summary>A fake clock that also records the due time of every timer created on it, so a test can tell that a wait has begun.</summary>
internal sealed class RecordingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public IReadOnlyCollection<TimeSpan> DueTimes => _dueTimes;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (in real time) until <paramref name="count"/> timers of exactly <paramref name="dueTime"/> exist.</summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int count = 1) =>
        Functions.Eventually.TrueAsync(() => _dueTimes.Count(d => d == dueTime) >= count);
}
