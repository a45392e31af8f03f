namespace Atlas.JiraSimulator.Behaviour;

/// <summary>Behaviour knobs the control API can turn while the simulator runs.</summary>
internal sealed class SimulatorSettings(SimulatorOptions options)
{
    private long _searchLagTicks = options.SearchLag.Ticks;
    private long _latencyTicks = options.Latency.Ticks;
    private int _fullPageCap = options.FullPageCap;
    private int _idPageCap = options.IdPageCap;

    public TimeSpan SearchLag
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _searchLagTicks));
        set => Interlocked.Exchange(ref _searchLagTicks, Math.Max(0, value.Ticks));
    }

    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, Math.Max(0, value.Ticks));
    }

    public int FullPageCap
    {
        get => Volatile.Read(ref _fullPageCap);
        set => Volatile.Write(ref _fullPageCap, Math.Max(1, value));
    }

    public int IdPageCap
    {
        get => Volatile.Read(ref _idPageCap);
        set => Volatile.Write(ref _idPageCap, Math.Max(1, value));
    }
}
