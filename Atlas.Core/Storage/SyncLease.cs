namespace Atlas.Core.Storage;

/// <summary>The row that lets one sync run at a time across processes.</summary>
internal sealed record SyncLease(string Name, string Owner, long? RunId, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The lease every sync takes.</summary>
    public const string Sync = "sync";

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;
}

/// <summary>
/// The outcome of asking for a lease: <see cref="Current"/> is the lease now in force (ours when acquired, the holder's
/// when refused); <see cref="TakenOverFrom"/> is the expired lease that was replaced, if any.
/// </summary>
internal sealed record LeaseAttempt(bool Acquired, SyncLease Current, SyncLease? TakenOverFrom);
