namespace Atlas.Core.Conflicts;

/// <summary>
/// A tester's change to a ticket, all applied in one transaction. <see cref="Set"/> names synced fields (see
/// <see cref="MergeFields"/>: they become local overrides; an empty value clears the field locally) or local-only
/// fields (any other name, e.g. <c>testStatus</c>). <see cref="Clear"/> removes overrides (Jira's value shows again)
/// and local-only fields.
/// </summary>
public sealed record LocalEdit
{
    public IReadOnlyDictionary<string, string?> Set { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyList<string> Clear { get; init; } = [];

    /// <summary>A note to add.</summary>
    public string? Note { get; init; }

    /// <summary>True when the edit changes nothing.</summary>
    public bool IsEmpty => Set.Count == 0 && Clear.Count == 0 && Note is null;
}

/// <summary>How a person resolves a conflict: take one side for every field, and/or give fields their own values.</summary>
public sealed record ConflictDecision
{
    /// <summary><c>local</c> or <c>jira</c> for every field without a value in <see cref="Values"/>; null when every field has one.</summary>
    public string? Take { get; init; }

    /// <summary>Values by field name, taking precedence over <see cref="Take"/> (<c>priority=High</c>); an empty value clears the field.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();
}

/// <summary>The values of <see cref="ConflictDecision.Take"/>.</summary>
public static class ConflictSides
{
    public const string Local = "local";
    public const string Jira = "jira";
}
