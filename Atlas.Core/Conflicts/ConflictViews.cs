namespace Atlas.Core.Conflicts;

/// <summary>
/// A conflict in the inbox: the ticket and, per field, the three versions (base = the last synced value, local = the
/// tester's, jira = Jira's now). Values are canonical text (<see cref="MergeFields"/>); null is an empty field.
/// </summary>
public sealed record ConflictView(
    long Id,
    string Key,
    IReadOnlyList<ConflictFieldView> Fields,
    DateTimeOffset DetectedAt,
    bool Critical,
    string Status,
    DateTimeOffset? ResolvedAt = null,
    string? ResolvedBy = null);

/// <summary>One field of a conflict: its base, local and Jira values.</summary>
public sealed record ConflictFieldView(string Field, string? Base, string? Local, string? Jira);

/// <summary>What <c>atlas conflicts</c> and <c>GET conflicts</c> answer: pending conflicts, oldest first.</summary>
public sealed record ConflictList(int Count, int Critical, IReadOnlyList<ConflictView> Conflicts);

/// <summary>One entry of the resolution log: a detection by a sync, or a resolution (automatic or by a person).</summary>
public sealed record ConflictLogEntry(
    long Id,
    string Key,
    string Field,
    string? Base,
    string? Local,
    string? Jira,
    string Strategy,
    string Outcome,
    string? Value,
    DateTimeOffset At,
    bool Automatic,
    string? ResolvedBy,
    long? ConflictId);

/// <summary>What <c>atlas conflicts --log</c> and <c>GET conflicts/log</c> answer, newest first.</summary>
public sealed record ConflictLog(int Count, IReadOnlyList<ConflictLogEntry> Entries);

/// <summary>The values of <see cref="ConflictView.Status"/>.</summary>
public static class ConflictStatuses
{
    public const string Pending = "pending";
    public const string Resolved = "resolved";
}
