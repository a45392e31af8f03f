namespace Atlas.JiraSimulator.Behaviour;

/// <summary>The server clock: the injected <see cref="TimeProvider"/> plus a configurable skew.</summary>
internal sealed class SimulatorClock(TimeProvider provider, TimeSpan skew)
{
    private long _skewTicks = skew.Ticks;

    public TimeProvider Provider => provider;

    public TimeSpan Skew
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _skewTicks));
        set => Interlocked.Exchange(ref _skewTicks, value.Ticks);
    }

    /// <summary>Server time, truncated to milliseconds as Jira stores it.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = provider.GetUtcNow() + Skew;
            return new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        }
    }
}
