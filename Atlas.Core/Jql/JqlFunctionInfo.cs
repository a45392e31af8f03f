namespace Atlas.Core.Jql;

/// <summary>One JQL function: how many arguments it takes, what it returns, and why a local search cannot run it (if so).</summary>
/// <param name="Name">Jira's name; matched case-insensitively.</param>
/// <param name="MinArguments">Fewest arguments.</param>
/// <param name="MaxArguments">Most arguments.</param>
/// <param name="Returns">What sort of value it yields.</param>
/// <param name="ReturnsList">Whether it yields a list (for IN) rather than one value (for =).</param>
/// <param name="NeedsJira">Why only Jira can evaluate it, completing "needs Jira: …"; null when the cache can.</param>
internal sealed record JqlFunctionInfo(
    string Name,
    int MinArguments,
    int MaxArguments,
    JqlValueType Returns,
    bool ReturnsList,
    string? NeedsJira)
{
    /// <summary>Whether the arguments are date increments such as <c>-1d</c> (startOfDay, endOfMonth…).</summary>
    public bool TakesIncrement => Name.StartsWith("startOf", StringComparison.Ordinal) || Name.StartsWith("endOf", StringComparison.Ordinal);
}

/// <summary>The sort of values a function yields, checked against the field it is compared with.</summary>
internal enum JqlValueType
{
    Any,
    User,
    Date,
    Issue,
    Sprint,
    Version,
    Project,
    Component,
    IssueType,
}
