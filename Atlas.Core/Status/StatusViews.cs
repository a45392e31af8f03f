using Atlas.Core.Sync;

namespace Atlas.Core.Status;

/// <summary>What <c>atlas status</c> and <c>GET sync/status</c> show.</summary>
public sealed record StatusView(string State, ProgressView? Progress, SyncReport? LastRun, DateTimeOffset? NextRunAt, TicketTotals Tickets)
{
    /// <summary>Conflicts waiting in the inbox (<c>atlas conflicts</c>), and how many are on critical tickets.</summary>
    public ConflictTotals Conflicts { get; init; } = new(0, 0);
}

/// <summary>Pending conflicts in all and on critical tickets.</summary>
public sealed record ConflictTotals(int Pending, int Critical);

/// <summary>How far the running sync has come.</summary>
public sealed record ProgressView(int Processed, int? Total, int? Percent);

/// <summary>Tickets Jira shows (tombstones excluded), in all and per project.</summary>
public sealed record TicketTotals(int Total, IReadOnlyDictionary<string, int> ByProject);

/// <summary>One run's report, with progress while it runs.</summary>
public sealed record SyncRunView(SyncReport Report, ProgressView? Progress);

/// <summary>The values of <see cref="StatusView.State"/>.</summary>
public static class SyncStates
{
    public const string Idle = "idle";
    public const string Running = "running";
}
