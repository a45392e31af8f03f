using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Search;

/// <summary>An enhanced-search request, from GET query parameters or a POST body.</summary>
internal sealed record SearchRequest(
    string? Jql,
    string? NextPageToken,
    int? MaxResults,
    FieldSelection Fields,
    string? Expand,
    IReadOnlyList<long> ReconcileIssues);

internal abstract record SearchOutcome;

/// <summary>A 400 with Jira's error messages.</summary>
internal sealed record SearchFailure(IReadOnlyList<string> Messages) : SearchOutcome;

/// <summary>A page of results; <see cref="Upcoming"/> are the tickets the next page will most likely hold.</summary>
internal sealed record SearchPage(IReadOnlyList<Model.TicketVersion> Issues, string? NextPageToken, IReadOnlyList<Model.TicketVersion> Upcoming) : SearchOutcome;
