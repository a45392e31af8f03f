namespace Atlas.Core.Sync;

/// <summary>
/// A run recorded and holding the sync lease before it starts, so a host can hand out its id at once (HTTP 202 with a
/// Location); or, when another sync holds the lease, the refusal: the recorded skipped run and the holder's run id.
/// </summary>
public sealed class SyncReservation
{
    private int _used;

    private SyncReservation(SyncReport report, long? runningRunId, SyncPlan? plan, string? owner)
    {
        Report = report;
        RunningRunId = runningRunId;
        Plan = plan;
        Owner = owner;
    }

    /// <summary>True when this run holds the lease and may be started with <see cref="SyncEngine.RunReservedAsync"/>.</summary>
    public bool Granted => Plan is not null;

    /// <summary>The run as recorded: <c>running</c> when granted, <c>skipped</c> when refused.</summary>
    public SyncReport Report { get; }

    /// <summary>When refused: the run that holds the lease (null if its holder recorded none).</summary>
    public long? RunningRunId { get; }

    internal SyncPlan? Plan { get; }

    internal string? Owner { get; }

    internal static SyncReservation Grant(SyncReport report, SyncPlan plan, string owner) => new(report, null, plan, owner);

    internal static SyncReservation Refuse(SyncReport skipped, long? runningRunId) => new(skipped, runningRunId, null, null);

    /// <summary>Claims the reservation for its one use (run or release); false when it is refused or already used.</summary>
    internal bool TryUse() => Granted && Interlocked.Exchange(ref _used, 1) == 0;
}
