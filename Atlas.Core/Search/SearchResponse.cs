using Atlas.Core.Jql;
using Atlas.Core.Tickets;

namespace Atlas.Core.Search;

/// <summary>The answer to a search: the results, or what kept the query from running.</summary>
/// <param name="Outcome">How the search ended.</param>
/// <param name="Results">The tickets when <see cref="SearchOutcome.Found"/>; null otherwise.</param>
/// <param name="Errors">Invalid JQL (with positions) or what needs Jira; empty when found.</param>
/// <param name="Message">One sentence for people: why it failed, or why the cache answered instead of Jira.</param>
public sealed record SearchResponse(SearchOutcome Outcome, SearchResults? Results, IReadOnlyList<JqlError> Errors, string? Message)
{
    internal static SearchResponse Found(SearchResults results) => new(SearchOutcome.Found, results, [], results.Message);

    internal static SearchResponse Failed(SearchOutcome outcome, string message, IReadOnlyList<JqlError>? errors = null) =>
        new(outcome, null, errors ?? [], message);
}

/// <summary>Tickets a search found, in the query's order (the <c>atlas search --json</c> shape).</summary>
public sealed record SearchResults
{
    /// <summary><c>live</c> (Jira answered) or <c>cache</c> (the local mirror answered).</summary>
    public required string Source { get; init; }

    /// <summary>The query as run.</summary>
    public required string Jql { get; init; }

    /// <summary>How many tickets are in <see cref="Issues"/>.</summary>
    public int Count => Issues.Count;

    /// <summary>True when more tickets match than the limit let through.</summary>
    public bool HasMore { get; init; }

    /// <summary>True when the cache answered because Jira could not be reached: the tickets may be out of date.</summary>
    public bool Stale { get; init; }

    /// <summary>When the last successful sync finished, for answers from the cache; null when none has.</summary>
    public DateTimeOffset? CacheSyncedAt { get; init; }

    /// <summary>Why the cache answered instead of Jira, or what was left out; null for a plain answer.</summary>
    public string? Message { get; init; }

    public required IReadOnlyList<TicketView> Issues { get; init; }
}

/// <summary>The verdict of <c>atlas validate</c>: whether the query is valid JQL, where it is not, and what needs Jira.</summary>
/// <param name="Valid">True when no error was found.</param>
/// <param name="Errors">Each problem with its 0-based position and length in the query.</param>
/// <param name="CanRunOffline">True when the local cache can answer the query.</param>
/// <param name="NeedsJira">Why only Jira can answer it (history, sprints, orders the cache does not know…).</param>
public sealed record JqlValidation(bool Valid, IReadOnlyList<JqlError> Errors, bool CanRunOffline, IReadOnlyList<JqlError> NeedsJira);
