using System.Collections.Frozen;
using T = Atlas.Core.Jql.JqlValueType;

namespace Atlas.Core.Jql;

/// <summary>The built-in JQL functions of Jira Cloud (Jira Software and Service Management included).</summary>
/// <remarks>Functions added by apps (ScriptRunner and the like) are unknown here; pass them in <see cref="JqlValidationOptions.AdditionalFunctions"/>.</remarks>
internal static class JqlFunctionCatalog
{
    private const string Groups = "the local cache keeps no group membership";
    private const string Sprints = "the local cache keeps no sprint state";
    private const string History = "the local cache keeps no change history";
    private const string Links = "the local cache keeps no issue links";
    private const string Versions = "the local cache keeps no version release state";
    private const string Social = "the local cache keeps no watchers or votes";
    private const string Logins = "the local cache keeps no login times";
    private const string Permissions = "the local cache keeps no project roles, leads or permissions";
    private const string ServiceDesk = "the local cache keeps no Jira Service Management approvals or SLAs";

    public static IReadOnlyList<JqlFunctionInfo> Functions { get; } =
    [
        Function("currentUser", 0, 0, T.User),
        Function("now", 0, 0, T.Date),
        ..Dates("startOfDay", "startOfWeek", "startOfMonth", "startOfYear", "endOfDay", "endOfWeek", "endOfMonth", "endOfYear"),
        Function("currentLogin", 0, 0, T.Date, needsJira: Logins),
        Function("lastLogin", 0, 0, T.Date, needsJira: Logins),
        Function("membersOf", 1, 1, T.User, list: true, Groups),
        Function("openSprints", 0, 0, T.Sprint, list: true, Sprints),
        Function("closedSprints", 0, 0, T.Sprint, list: true, Sprints),
        Function("futureSprints", 0, 0, T.Sprint, list: true, Sprints),
        Function("issueHistory", 0, 0, T.Issue, list: true, "the local cache keeps no record of the issues you viewed"),
        Function("updatedBy", 1, 3, T.Issue, list: true, History),
        Function("linkedIssues", 1, 2, T.Issue, list: true, Links),
        Function("issuesWithRemoteLinksByGlobalId", 1, 100, T.Issue, list: true, Links),
        Function("watchedIssues", 0, 0, T.Issue, list: true, Social),
        Function("votedIssues", 0, 0, T.Issue, list: true, Social),
        Function("portfolioChildIssuesOf", 1, 1, T.Issue, list: true, Links),
        Function("releasedVersions", 0, 1, T.Version, list: true, Versions),
        Function("unreleasedVersions", 0, 1, T.Version, list: true, Versions),
        Function("latestReleasedVersion", 1, 1, T.Version, needsJira: Versions),
        Function("earliestUnreleasedVersion", 1, 1, T.Version, needsJira: Versions),
        Function("componentsLeadByUser", 0, 1, T.Component, list: true, Permissions),
        Function("projectsLeadByUser", 0, 1, T.Project, list: true, Permissions),
        Function("projectsWhereUserHasPermission", 1, 1, T.Project, list: true, Permissions),
        Function("projectsWhereUserHasRole", 1, 1, T.Project, list: true, Permissions),
        Function("recentProjects", 0, 0, T.Project, list: true, "the local cache keeps no record of the projects you viewed"),
        Function("standardIssueTypes", 0, 0, T.IssueType, list: true, "the local cache does not know which issue types are sub-tasks"),
        Function("subtaskIssueTypes", 0, 0, T.IssueType, list: true, "the local cache does not know which issue types are sub-tasks"),
        Function("cascadeOption", 1, 2, T.Any, list: true, "the local cache does not store custom fields"),
        ..ServiceDeskFunctions(),
    ];

    private static readonly FrozenDictionary<string, JqlFunctionInfo> ByName =
        Functions.ToFrozenDictionary(function => function.Name, StringComparer.OrdinalIgnoreCase);

    public static JqlFunctionInfo? Find(string name) => ByName.GetValueOrDefault(name);

    private static IEnumerable<JqlFunctionInfo> Dates(params string[] names) =>
        names.Select(name => Function(name, 0, 1, T.Date));

    private static IEnumerable<JqlFunctionInfo> ServiceDeskFunctions() =>
    [
        Function("approved", 0, 0, T.Any, list: true, ServiceDesk),
        Function("approver", 1, 100, T.Any, list: true, ServiceDesk),
        Function("myApproval", 0, 0, T.Any, list: true, ServiceDesk),
        Function("myPending", 0, 0, T.Any, list: true, ServiceDesk),
        Function("pending", 0, 0, T.Any, list: true, ServiceDesk),
        Function("pendingBy", 1, 100, T.Any, list: true, ServiceDesk),
        ..Slas("breached", "completed", "everBreached", "paused", "running", "withinCalendarHours"),
        Function("elapsed", 1, 1, T.Any, needsJira: ServiceDesk),
        Function("remaining", 1, 1, T.Any, needsJira: ServiceDesk),
    ];

    private static IEnumerable<JqlFunctionInfo> Slas(params string[] names) =>
        names.Select(name => Function(name, 0, 0, T.Any, needsJira: ServiceDesk));

    private static JqlFunctionInfo Function(string name, int min, int max, T returns, bool list = false, string? needsJira = null) =>
        new(name, min, max, returns, list, needsJira);
}
