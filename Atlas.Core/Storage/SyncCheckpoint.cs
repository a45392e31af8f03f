namespace Atlas.Core.Storage;

/// <summary>Where a paging sync of one project stands, so a killed run resumes from the next page.</summary>
internal sealed record SyncCheckpoint(string Project, string Mode, long RunId, string Jql, string? NextPageToken, int PagesDone)
{
    /// <summary>When the store saved it (from its clock); ignored on save.</summary>
    public DateTimeOffset? SavedAt { get; init; }
}

/// <summary>One project's sync state: the incremental watermark, when it was last fully synced and counted, and any checkpoint.</summary>
internal sealed record ProjectSyncState(
    string Project,
    DateTimeOffset? Watermark,
    DateTimeOffset? LastFullSyncAt,
    DateTimeOffset? LastCensusAt,
    SyncCheckpoint? Checkpoint);
