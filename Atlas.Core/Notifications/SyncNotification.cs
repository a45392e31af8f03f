using Atlas.Core.Sync;

namespace Atlas.Core.Notifications;

/// <summary>
/// The JSON body of a webhook call: what happened to a scheduled sync, after how many runs, and the last run's report.
/// </summary>
internal sealed record SyncNotification(string Event, string Trigger, int Attempts, string? Error, SyncReport? Report, DateTimeOffset SentAt);

/// <summary>The values of <see cref="SyncNotification.Event"/>.</summary>
internal static class SyncEvents
{
    public const string Succeeded = "sync.succeeded";

    /// <summary>The last allowed attempt failed too; the next try is the next scheduled occurrence.</summary>
    public const string Failed = "sync.failed";
}

/// <summary>The JSON body announcing conflicts on critical tickets that MANUAL left for a person.</summary>
internal sealed record ConflictNotification(string Event, long RunId, IReadOnlyList<Conflicts.CriticalConflict> Conflicts, DateTimeOffset SentAt);

/// <summary>The values of <see cref="ConflictNotification.Event"/>.</summary>
internal static class ConflictEvents
{
    public const string Critical = "conflict.critical";
}
