using System.Text.Json.Serialization;

namespace Atlas.Core.Sync;

/// <summary>What one sync run did: the report kept in history and printed by <c>atlas sync --json</c>.</summary>
public sealed record SyncReport
{
    public required long RunId { get; init; }

    /// <summary><c>full</c> or <c>incremental</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>Who asked: <c>cli</c>, <c>http</c>, <c>timer</c>, <c>schedule</c> or <c>mcp</c>.</summary>
    public required string Trigger { get; init; }

    /// <summary><c>running</c>, <c>success</c>, <c>failed</c> or <c>skipped</c>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public long? DurationMs { get; init; }

    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Tickets read from Jira in this run (duplicates from the overlap included).</summary>
    public int Processed { get; init; }

    public int Created { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    /// <summary>Tickets tombstoned because Jira no longer shows them (deleted, moved away or no longer visible).</summary>
    public int Deleted { get; init; }

    /// <summary>Locally overridden fields of tickets Jira changed that merged without a strategy (one side changed, or both alike).</summary>
    public int Merged { get; init; }

    /// <summary>Field conflicts detected: a field changed locally and in Jira, to different values.</summary>
    public int Conflicts { get; init; }

    /// <summary>Conflicts the strategy settled (JIRA_WINS, LOCAL_WINS, NEWEST_WINS, or MANUAL's fallback).</summary>
    public int AutoResolved { get; init; }

    /// <summary>Conflicts MANUAL left in the inbox for a person.</summary>
    public int Pending { get; init; }

    /// <summary>Malformed tickets from Jira that were refused and skipped.</summary>
    public int Rejected { get; init; }

    /// <summary>HTTP requests sent to Jira, retries included.</summary>
    public int ApiCalls { get; init; }

    public string? Error { get; init; }

    /// <summary>True when the run failed because Jira could not be reached (hosts answer "unreachable", exit code 3).</summary>
    [JsonIgnore]
    public bool JiraUnreachable { get; init; }
}

/// <summary>The values of <see cref="SyncReport.Status"/>.</summary>
public static class SyncStatus
{
    public const string Running = "running";
    public const string Success = "success";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}

/// <summary>The values of <see cref="SyncReport.Mode"/>.</summary>
public static class SyncMode
{
    public const string Full = "full";
    public const string Incremental = "incremental";
}
