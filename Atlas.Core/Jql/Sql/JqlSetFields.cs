namespace Atlas.Core.Jql.Sql;

/// <summary>How a set-like field's values are compared; decides which lookups a value gets.</summary>
internal enum SetKind
{
    /// <summary>A named value with a site-wide id in the issue JSON (status, priority, issue type).</summary>
    Named,

    /// <summary>A project: key, name or id.</summary>
    Project,

    /// <summary>A resolution: a name or id, and <c>Unresolved</c> meaning none.</summary>
    Resolution,

    /// <summary>A status category: name, key or id of Jira's three fixed categories.</summary>
    StatusCategory,

    /// <summary>A user: account id, display name or email; <c>currentUser()</c>.</summary>
    User,

    /// <summary>Labels: plain strings.</summary>
    Labels,

    /// <summary>Components and fix versions: the cache keeps their names only.</summary>
    NamesOnly,

    /// <summary>The parent issue, by key or id.</summary>
    Parent,
}

/// <summary>Where a set-like field lives in the store (column names and JSON paths are constants, never user text).</summary>
/// <param name="Kind">How values are compared.</param>
/// <param name="Column">The name column, or the value table for multi-valued fields.</param>
/// <param name="Empty">SQL that is true when the ticket has no value.</param>
/// <param name="JsonPath">For named fields, the issue JSON object that carries the id (and name); for users, the user object.</param>
/// <param name="AccountColumn">For users, the account id column.</param>
internal sealed record SetField(SetKind Kind, string Column, string Empty, string? JsonPath = null, string? AccountColumn = null)
{
    public bool IsTable => Kind is SetKind.Labels or SetKind.NamesOnly;

    /// <summary>
    /// Projects, statuses, priorities, types and resolutions each cover a large share of the tickets, so their index
    /// is a poor way into a search: SQLite, which has no statistics for them, would still pick it and then read
    /// thousands of rows. The translator writes these columns as <c>+t.column</c> (same value and collation, no index),
    /// which leaves SQLite the selective indexes (assignee, dates, keys) or one scan of the covering search index.
    /// </summary>
    public bool IsFewValued => Kind is SetKind.Named or SetKind.Project or SetKind.Resolution or SetKind.StatusCategory;
}

internal static class SetFields
{
    public static SetField? For(JqlSystemField field) => field switch
    {
        JqlSystemField.Project => Column(SetKind.Project, "project", "$.fields.project"),
        JqlSystemField.Status => Column(SetKind.Named, "status", "$.fields.status"),
        JqlSystemField.Priority => Column(SetKind.Named, "priority", "$.fields.priority"),
        JqlSystemField.IssueType => Column(SetKind.Named, "issue_type", "$.fields.issuetype"),
        JqlSystemField.Resolution => Column(SetKind.Resolution, "resolution", "$.fields.resolution"),
        JqlSystemField.StatusCategory => Column(SetKind.StatusCategory, "status_category", null),
        JqlSystemField.Parent => Column(SetKind.Parent, "parent_key", null),
        JqlSystemField.Assignee => User("assignee"),
        JqlSystemField.Reporter => User("reporter"),
        JqlSystemField.Labels => Table(SetKind.Labels, "jira_ticket_labels"),
        JqlSystemField.Component => Table(SetKind.NamesOnly, "jira_ticket_components"),
        JqlSystemField.FixVersion => Table(SetKind.NamesOnly, "jira_ticket_fix_versions"),
        _ => null,
    };

    private static SetField Column(SetKind kind, string column, string? jsonPath) =>
        new(kind, column, $"+t.{column} IS NULL", jsonPath);

    private static SetField User(string role) =>
        new(SetKind.User, $"{role}_name", $"t.{role}_account_id IS NULL", $"$.fields.{role}", $"{role}_account_id");

    private static SetField Table(SetKind kind, string table) =>
        new(kind, table, $"NOT EXISTS (SELECT 1 FROM {table} AS e WHERE e.ticket_id = t.id)");
}
