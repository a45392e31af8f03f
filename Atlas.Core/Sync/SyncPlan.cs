namespace Atlas.Core.Sync;

/// <summary>
/// Which projects a run reads in full and which incrementally (from their watermark). A project is read in full when
/// asked, when it was never synced, or when a full pass of it was interrupted and can resume.
/// </summary>
internal sealed record SyncPlan(
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> FullProjects,
    IReadOnlyDictionary<string, DateTimeOffset> Watermarks)
{
    /// <summary>How this run settles conflicts between local overrides and Jira.</summary>
    public Conflicts.ConflictPolicy Conflicts { get; init; } = Core.Conflicts.ConflictPolicy.Default;

    /// <summary><c>full</c> when every project is read in full, else <c>incremental</c>.</summary>
    public string Mode => FullProjects.Count == Projects.Count ? SyncMode.Full : SyncMode.Incremental;

    public IReadOnlyList<string> IncrementalProjects => [.. Projects.Except(FullProjects)];
}

/// <summary>The state one run carries through its passes.</summary>
internal sealed record SyncRun(long RunId, SyncPlan Plan, SyncCounters Counters, IProgress<SyncProgress>? Progress, CancellationToken Cancellation)
{
    /// <summary>The Jira user's time zone: JQL date literals are read in it.</summary>
    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>The server's clock when the passes began (its <c>Date</c> header): the next watermark never passes it.</summary>
    public DateTimeOffset? ServerStart { get; set; }

    /// <summary>The plan's conflict policy, with Jira's clock offset once the run has seen the server's clock.</summary>
    public Conflicts.ConflictPolicy Conflicts { get; set; } = Plan.Conflicts;

    /// <summary>Jira's approximate count of what the full passes will read, for progress.</summary>
    public long? Total { get; set; }

    /// <summary>Tickets refused in this run (by id, or key when the id is unusable), so each counts once and is not fetched again.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte> Rejected { get; } = new(StringComparer.Ordinal);
}
