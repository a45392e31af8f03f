namespace Atlas.Core.Sync;

/// <summary>How far a running sync has come; <see cref="Total"/> is Jira's approximate count when known.</summary>
public sealed record SyncProgress(string Phase, int Processed, long? Total)
{
    /// <summary>Percent done (0–100) when the total is known.</summary>
    public int? Percent => Total is > 0 ? (int)Math.Min(100, Processed * 100L / Total.Value) : null;
}
