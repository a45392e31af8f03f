using K = Atlas.Core.Templates.JqlTemplateParameterKind;

namespace Atlas.Core.Templates;

/// <summary>
/// The built-in templates. <c>{projects}</c> and <c>{project}</c> default to the configured projects (filled in by
/// <see cref="TemplateService"/>); names of statuses and priorities default to Jira's and can be changed per site.
/// </summary>
internal static class JqlTemplateCatalog
{
    /// <summary>Stands for the keys in <c>Atlas:Jira:Projects</c> (no project key has braces, so it cannot clash).</summary>
    public const string ConfiguredProjects = "{configured projects}";

    /// <summary>Stands for the first key in <c>Atlas:Jira:Projects</c>.</summary>
    public const string FirstConfiguredProject = "{first configured project}";

    private const string Open = "statusCategory != Done";

    public static IReadOnlyList<JqlTemplate> All { get; } =
    [
        T("my-open", "Unfinished tickets assigned to me, most important first.",
            $"project IN ({{projects}}) AND assignee = currentUser() AND {Open} ORDER BY priority DESC, updated DESC", Projects),
        T("my-bugs", "Unfinished bugs assigned to me.",
            $"project IN ({{projects}}) AND assignee = currentUser() AND issuetype = {{type}} AND {Open} ORDER BY priority DESC, updated DESC",
            Projects, P("type", "The issue type of bugs.", "Bug")),
        T("my-in-progress", "Tickets assigned to me that are in progress.",
            "project IN ({projects}) AND assignee = currentUser() AND statusCategory = \"In Progress\" ORDER BY updated DESC", Projects),
        T("reported-by-me", "Tickets I reported, newest first.",
            "project IN ({projects}) AND reporter = currentUser() ORDER BY created DESC", Projects),
        T("updated-today", "Tickets updated since midnight (in the Jira user's time zone).",
            "project IN ({projects}) AND updated >= startOfDay() ORDER BY updated DESC", Projects),
        T("updated-recently", "Tickets updated in the last hours.",
            "project IN ({projects}) AND updated >= \"-{hours}h\" ORDER BY updated DESC", Projects, N("hours", "How many hours back.", "4")),
        T("created-this-week", "Tickets created since the start of this week.",
            "project IN ({projects}) AND created >= startOfWeek() ORDER BY created DESC", Projects),
        T("due-this-week", "Unfinished tickets due this week.",
            $"project IN ({{projects}}) AND due >= startOfWeek() AND due <= endOfWeek() AND {Open} ORDER BY due ASC, priority DESC", Projects),
        T("overdue", "Unfinished tickets whose due date has passed.",
            $"project IN ({{projects}}) AND due < startOfDay() AND {Open} ORDER BY due ASC, priority DESC", Projects),
        T("blockers", "Unfinished tickets that are blocked or labelled as blockers.",
            $"project IN ({{projects}}) AND {Open} AND (status = {{status}} OR labels IN ({{labels}})) ORDER BY priority DESC, updated DESC",
            Projects, P("status", "The status of blocked work.", "Blocked"), L("labels", "Labels that mark blockers.", "blocker,release-blocker")),
        T("highest-priority-open", "Unfinished tickets of the highest priorities.",
            $"project IN ({{projects}}) AND priority IN ({{priorities}}) AND {Open} ORDER BY priority DESC, created ASC",
            Projects, L("priorities", "The priorities to list.", "Highest")),
        T("unassigned", "Unfinished tickets of one project that nobody is assigned to.",
            $"project = {{project}} AND assignee IS EMPTY AND {Open} ORDER BY priority DESC, created ASC",
            P("project", "The project key.", FirstConfiguredProject)),
        T("recently-resolved", "Tickets resolved in the last days.",
            "project IN ({projects}) AND resolved >= \"-{days}d\" ORDER BY resolved DESC", Projects, N("days", "How many days back.", "7")),
        T("resolved-this-month", "Tickets resolved since the start of this month.",
            "project IN ({projects}) AND resolved >= startOfMonth() ORDER BY resolved DESC", Projects),
        T("in-review", "Tickets waiting for review, oldest update first.",
            "project IN ({projects}) AND status = {status} ORDER BY updated ASC", Projects, P("status", "The review status.", "In Review")),
        T("regressions", "Unfinished tickets with a label (regressions by default).",
            $"project IN ({{projects}}) AND labels = {{label}} AND {Open} ORDER BY priority DESC, created DESC",
            Projects, P("label", "The label.", "regression")),
        T("stale", "Unfinished tickets nobody has updated for a while.",
            $"project IN ({{projects}}) AND {Open} AND updated <= \"-{{days}}d\" ORDER BY updated ASC", Projects, N("days", "Days without an update.", "30")),
        T("by-component", "Unfinished tickets of a component.",
            $"project IN ({{projects}}) AND component = {{component}} AND {Open} ORDER BY priority DESC, updated DESC",
            Projects, P("component", "The component name.", null)),
        T("by-status", "Tickets in a status, most recently updated first.",
            "project IN ({projects}) AND status = {status} ORDER BY updated DESC", Projects, P("status", "The status name.", "To Do")),
        T("by-fix-version", "Tickets planned for a release (fix version).",
            "project IN ({projects}) AND fixVersion = {version} ORDER BY priority DESC, key ASC", Projects, P("version", "The version name.", null)),
        T("assigned-to", "Unfinished tickets assigned to someone (account id, display name or email).",
            $"project IN ({{projects}}) AND assignee = {{user}} AND {Open} ORDER BY priority DESC, updated DESC", Projects, P("user", "The person.", null)),
        T("children", "The sub-tasks and child issues of an issue.",
            "parent = {issue} ORDER BY key ASC", P("issue", "The parent's key, e.g. WRKA-12.", null)),
        T("open-bugs", "All unfinished bugs, most important and oldest first.",
            $"project IN ({{projects}}) AND issuetype = {{type}} AND {Open} ORDER BY priority DESC, created ASC",
            Projects, P("type", "The issue type of bugs.", "Bug")),
        T("new-bugs", "Bugs created in the last days.",
            "project IN ({projects}) AND issuetype = {type} AND created >= \"-{days}d\" ORDER BY created DESC",
            Projects, P("type", "The issue type of bugs.", "Bug"), N("days", "How many days back.", "7")),
        T("open-epics", "Unfinished epics.",
            $"project IN ({{projects}}) AND issuetype = {{type}} AND {Open} ORDER BY updated DESC", Projects, P("type", "The issue type of epics.", "Epic")),
        T("high-priority-without-due-date", "Unfinished high-priority tickets with no due date.",
            $"project IN ({{projects}}) AND priority IN ({{priorities}}) AND due IS EMPTY AND {Open} ORDER BY priority DESC, created ASC",
            Projects, L("priorities", "The priorities to check.", "Highest,High")),
        T("text", "Tickets whose summary, description or environment contain all the words.",
            "project IN ({projects}) AND text ~ {words} ORDER BY updated DESC", Projects, P("words", "The words (or \"a phrase\", or prefix*).", null)),
    ];

    private static JqlTemplateParameter Projects => L("projects", "Project keys, comma-separated.", ConfiguredProjects);

    private static JqlTemplate T(string name, string description, string jql, params JqlTemplateParameter[] parameters) =>
        new(name, description, jql, parameters);

    private static JqlTemplateParameter P(string name, string description, string? defaultValue) => new(name, description, defaultValue, K.Text);

    private static JqlTemplateParameter L(string name, string description, string? defaultValue) => new(name, description, defaultValue, K.List);

    private static JqlTemplateParameter N(string name, string description, string defaultValue) => new(name, description, defaultValue, K.Number);
}
