using Atlas.Core.Sync;

namespace Atlas.Core.Scheduling;

/// <summary>
/// What one scheduled occurrence did: its outcome, the report of every run it made (one per attempt; none when disabled
/// or when an attempt failed before a run was recorded), how many attempts it took, and the last error.
/// </summary>
public sealed record ScheduledSync(ScheduledOutcome Outcome, IReadOnlyList<SyncReport> Runs, int Attempts, string? Error)
{
    /// <summary>The report of the last run, or null when no run was recorded.</summary>
    public SyncReport? LastRun => Runs.Count > 0 ? Runs[^1] : null;
}

/// <summary>How a scheduled occurrence ended.</summary>
public enum ScheduledOutcome
{
    /// <summary><c>Atlas:Sync:AutoSync</c> is false: nothing ran.</summary>
    Disabled,

    /// <summary>A run succeeded (possibly after failed attempts).</summary>
    Success,

    /// <summary>Every allowed attempt failed; the next try is the next occurrence.</summary>
    Failed,

    /// <summary>Another sync held the lease; the occurrence was left to it.</summary>
    Skipped,
}
