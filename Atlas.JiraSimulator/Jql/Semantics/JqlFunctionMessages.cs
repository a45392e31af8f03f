namespace Atlas.JiraSimulator.Jql.Semantics;

internal static class JqlFunctionMessages
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "startOfDay", "startOfWeek", "startOfMonth", "startOfYear", "endOfDay", "endOfWeek", "endOfMonth",
        "endOfYear", "currentUser", "openSprints", "closedSprints", "futureSprints", "releasedVersions",
        "unreleasedVersions", "standardIssueTypes", "subTaskIssueTypes",
    };

    /// <summary>Unknown functions get Jira's "Unable to find" text; known ones used on the wrong field say so.</summary>
    public static string Unsupported(JqlFunction function, string field) => Known.Contains(function.Name)
        ? $"Function '{function.Name}' is not supported by the '{field}' field."
        : $"Unable to find JQL function '{function.Encoded}'.";
}
