using System.Collections.Frozen;
using static Atlas.Core.Jql.JqlFieldTraits;
using K = Atlas.Core.Jql.JqlFieldKind;
using Ops = Atlas.Core.Jql.JqlOperatorSet;

namespace Atlas.Core.Jql;

/// <summary>The system fields of Jira Cloud that Atlas knows, looked up by name or alias, case-insensitively.</summary>
/// <remarks>
/// Operators follow Atlassian's "JQL fields" reference. <see cref="JqlFieldTraits.Cached"/> marks the fields in the
/// ticket shape Atlas stores (design.md); everything else can only be searched live. <c>text</c> searches summary,
/// description and environment, all of which the cache keeps.
/// </remarks>
internal static class JqlFieldCatalog
{
    private static readonly Ops Values = Ops.Equality | Ops.Emptiness | Ops.Membership;
    private static readonly Ops Ordered = Values | Ops.Comparison;
    private static readonly Ops Tracked = Values | Ops.History | Ops.Change;

    public static IReadOnlyList<JqlFieldInfo> Fields { get; } =
    [
        Field(JqlSystemField.IssueKey, "issuekey", K.IssueKey, Ordered, Sortable | Cached, "key", "id", "issue"),
        Field(JqlSystemField.Project, "project", K.Project, Values, Sortable | Cached),
        Field(JqlSystemField.IssueType, "issuetype", K.IssueType, Values, Sortable | Cached, "type"),
        Field(JqlSystemField.Status, "status", K.Option, Tracked, Sortable | Cached),
        Field(JqlSystemField.StatusCategory, "statusCategory", K.Option, Ops.Equality | Ops.Membership, Sortable | Cached),
        Field(JqlSystemField.Priority, "priority", K.Option, Tracked | Ops.Comparison, Sortable | Cached),
        Field(JqlSystemField.Resolution, "resolution", K.Option, Tracked | Ops.Comparison, Sortable | Cached),
        Field(JqlSystemField.Summary, "summary", K.Text, Ops.Containment | Ops.Emptiness, Sortable | Cached),
        Field(JqlSystemField.Description, "description", K.Text, Ops.Containment | Ops.Emptiness, Sortable | Cached),
        Field(JqlSystemField.Environment, "environment", K.Text, Ops.Containment | Ops.Emptiness, Sortable | Cached),
        Field(JqlSystemField.Comment, "comment", K.Text, Ops.Containment, None),
        Field(JqlSystemField.Text, "text", K.Text, Ops.Of(JqlOperator.Contains), Cached),
        Field(JqlSystemField.Assignee, "assignee", K.User, Tracked, Sortable | Cached),
        Field(JqlSystemField.Reporter, "reporter", K.User, Tracked, Sortable | Cached),
        Field(JqlSystemField.Creator, "creator", K.User, Values | Ops.History, Sortable),
        Field(JqlSystemField.Labels, "labels", K.Label, Values, Sortable | Cached),
        Field(JqlSystemField.Component, "component", K.Component, Values, Sortable | Cached),
        Field(JqlSystemField.FixVersion, "fixVersion", K.Version, Tracked | Ops.Comparison, Sortable | Cached),
        Field(JqlSystemField.AffectedVersion, "affectedVersion", K.Version, Ordered, Sortable),
        Field(JqlSystemField.Parent, "parent", K.IssueKey, Ops.Equality | Ops.Membership, Sortable | Cached),
        Field(JqlSystemField.Created, "created", K.DateTime, Ordered, Sortable | Cached, "createdDate"),
        Field(JqlSystemField.Updated, "updated", K.DateTime, Ordered, Sortable | Cached, "updatedDate"),
        Field(JqlSystemField.Resolved, "resolved", K.DateTime, Ordered, Sortable | Cached, "resolutionDate"),
        Field(JqlSystemField.Due, "due", K.Date, Ordered, Sortable | Cached, "duedate"),
        Field(JqlSystemField.LastViewed, "lastViewed", K.DateTime, Ordered, Sortable),
        Field(JqlSystemField.StatusCategoryChangedDate, "statusCategoryChangedDate", K.DateTime, Ordered, Sortable),
        Field(JqlSystemField.Sprint, "sprint", K.Sprint, Values, Sortable),
        Field(JqlSystemField.Votes, "votes", K.Number, Ops.Equality | Ops.Comparison | Ops.Membership, Sortable),
        Field(JqlSystemField.Voter, "voter", K.User, Values, None),
        Field(JqlSystemField.Watchers, "watchers", K.Number, Ops.Equality | Ops.Comparison | Ops.Membership, Sortable),
        Field(JqlSystemField.Watcher, "watcher", K.User, Values, None),
        Field(JqlSystemField.WorkRatio, "workRatio", K.Number, Ordered, Sortable),
        Field(JqlSystemField.TimeSpent, "timeSpent", K.Duration, Ordered, Sortable),
        Field(JqlSystemField.OriginalEstimate, "originalEstimate", K.Duration, Ordered, Sortable, "timeOriginalEstimate"),
        Field(JqlSystemField.RemainingEstimate, "remainingEstimate", K.Duration, Ordered, Sortable, "timeEstimate"),
        Field(JqlSystemField.WorklogAuthor, "worklogAuthor", K.User, Values, None),
        Field(JqlSystemField.WorklogComment, "worklogComment", K.Text, Ops.Containment, None),
        Field(JqlSystemField.WorklogDate, "worklogDate", K.Date, Ops.Equality | Ops.Comparison | Ops.Membership, None),
        Field(JqlSystemField.Attachments, "attachments", K.Presence, Ops.Emptiness, None),
        Field(JqlSystemField.Filter, "filter", K.Option, Ops.Equality | Ops.Membership, None, "request", "savedFilter", "searchRequest"),
        Field(JqlSystemField.Level, "level", K.Option, Values, Sortable),
        Field(JqlSystemField.Category, "category", K.Option, Values, None),
        Field(JqlSystemField.IssueLinkType, "issueLinkType", K.Option, Ops.Equality | Ops.Membership, None),
    ];

    private static readonly FrozenDictionary<string, JqlFieldInfo> ByName = Fields
        .SelectMany(field => field.Aliases.Prepend(field.Name).Select(name => KeyValuePair.Create(name, field)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name and alias Jira accepts for the catalogued fields.</summary>
    public static IEnumerable<string> AllNames => ByName.Keys;

    public static JqlFieldInfo? Find(string name) => ByName.GetValueOrDefault(name);

    private static JqlFieldInfo Field(JqlSystemField id, string name, JqlFieldKind kind, Ops operators, JqlFieldTraits traits, params string[] aliases) =>
        new(id, name, kind, operators, traits, aliases);
}
