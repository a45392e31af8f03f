namespace Atlas.JiraSimulator.Model;

/// <summary>A Jira Software sprint; <see cref="State"/> is `active`, `closed` or `future`.</summary>
internal sealed record Sprint(
    int Id,
    string Name,
    string State,
    int BoardId,
    string Goal,
    DateTimeOffset? StartDate,
    DateTimeOffset? EndDate,
    DateTimeOffset? CompleteDate);
