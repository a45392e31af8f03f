namespace Atlas.Core.Sync;

/// <summary>What a caller asks of a sync: a full re-read or not, which projects (default: all configured), and who asks.</summary>
public sealed record SyncRequest
{
    /// <summary>Re-read every ticket instead of only those updated since the watermark.</summary>
    public bool Full { get; init; }

    /// <summary>A subset of the configured projects; empty means all of them.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Recorded in the report: <c>cli</c>, <c>http</c>, <c>timer</c>, <c>schedule</c> or <c>mcp</c>.</summary>
    public string Trigger { get; init; } = "cli";

    /// <summary>The conflict strategy for this sync (JIRA_WINS, LOCAL_WINS, NEWEST_WINS, MANUAL); null: <c>Atlas:Sync:ConflictResolution</c>.</summary>
    public string? ConflictResolution { get; init; }
}
