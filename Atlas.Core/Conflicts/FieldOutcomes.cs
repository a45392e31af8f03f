namespace Atlas.Core.Conflicts;

/// <summary>The values of a conflict log entry's <c>outcome</c>.</summary>
public static class FieldOutcomes
{
    /// <summary>A sync gave the field Jira's value and dropped the local one (kept in the log).</summary>
    public const string TookJira = "took-jira";

    /// <summary>A sync kept the local value as an override over Jira's.</summary>
    public const string KeptLocal = "kept-local";

    /// <summary>MANUAL: the conflict waits in the inbox; the local value stays visible meanwhile.</summary>
    public const string Pending = "pending";

    /// <summary>A person resolved the conflict with the local value.</summary>
    public const string ResolvedLocal = "resolved-local";

    /// <summary>A person resolved the conflict with Jira's value.</summary>
    public const string ResolvedJira = "resolved-jira";

    /// <summary>A person resolved the conflict with a value of their own.</summary>
    public const string ResolvedValue = "resolved-value";
}
