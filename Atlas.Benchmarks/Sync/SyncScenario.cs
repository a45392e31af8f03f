namespace Atlas.Benchmarks.Sync;

/// <summary>One row group of the sync table: a site of <see cref="Tickets"/> behind a Jira with this latency and rate limit.</summary>
internal sealed record SyncScenario(int Tickets, TimeSpan Latency, int? RequestsPerMinute)
{
    public string Jira => Latency == TimeSpan.Zero ? "no latency, no limit" : $"{Latency.TotalMilliseconds:0} ms/call, {RequestsPerMinute} req/min";

    public static IReadOnlyList<SyncScenario> All(bool quick) => quick
        ? [new(2_000, TimeSpan.Zero, null), new(2_000, TimeSpan.FromMilliseconds(300), 100)]
        : [
            new(10_000, TimeSpan.Zero, null),
            new(50_000, TimeSpan.Zero, null),
            new(10_000, TimeSpan.FromMilliseconds(300), 100),
            new(50_000, TimeSpan.FromMilliseconds(300), 100),
        ];
}

/// <summary>What one sync of a scenario measured.</summary>
internal sealed record SyncMeasurement(SyncScenario Scenario, string Phase, TimeSpan Wall, int ApiCalls, int Processed, long PeakWorkingSet, long PeakOverBaseline, string Status)
{
    public double TicketsPerSecond => Processed / Math.Max(Wall.TotalSeconds, 0.001);
}
