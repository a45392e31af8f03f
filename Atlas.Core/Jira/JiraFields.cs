namespace Atlas.Core.Jira;

/// <summary>The issue fields Atlas asks Jira for: what it stores, never <c>*all</c>.</summary>
internal static class JiraFields
{
    public static readonly IReadOnlyList<string> Stored =
    [
        "summary", "description", "status", "priority", "issuetype", "assignee", "reporter", "labels", "components",
        "fixVersions", "created", "updated", "resolution", "resolutiondate", "duedate", "parent", "environment", "project",
    ];

    /// <summary>For the id census: search answers with its largest pages when only ids are asked for.</summary>
    public static readonly IReadOnlyList<string> IdOnly = ["id"];
}
