using System.Text.Json;
using Atlas.JiraSimulator.Data;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Every field the simulator renders, in Jira-like order: navigable fields first, then the rest.</summary>
internal static partial class IssueFields
{
    public static IReadOnlyList<IssueField> All { get; } = [.. Navigable(), .. CustomFields(), .. NonNavigable()];

    public static IReadOnlyDictionary<string, IssueField> ById { get; } =
        All.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<IssueField> Navigable() =>
    [
        Nav("statuscategorychangedate", "Status Category Changed", FieldSchema.Of("datetime", "statuscategorychangedate"), (w, t, c) => w.WriteStringValue(c.Time(t.StatusCategoryChangeDate))),
        Nav("issuetype", "Issue Type", FieldSchema.Of("issuetype", "issuetype"), (w, t, c) => Raw(w, c.Fragments.IssueType(t.Type))),
        Nav("parent", "Parent", FieldSchema.Of("issuelink", "parent"), ParentWriter.WriteParent) with { IsPresent = t => t.ParentId is not null },
        Nav("timespent", "Time Spent", FieldSchema.Of("number", "timespent"), Null),
        Nav("project", "Project", FieldSchema.Of("project", "project"), (w, t, c) => Raw(w, c.Fragments.Project(t.Project))),
        Nav("fixVersions", "Fix versions", FieldSchema.Of("array", "fixVersions", "version"), (w, t, c) => RawArray(w, t.FixVersions, c.Fragments.Version)),
        Nav("aggregatetimespent", "Σ Time Spent", FieldSchema.Of("number", "aggregatetimespent"), Null),
        Nav("resolution", "Resolution", FieldSchema.Of("resolution", "resolution"), (w, t, c) => RawOrNull(w, t.Resolution, c.Fragments.Resolution)),
        Nav("resolutiondate", "Resolved", FieldSchema.Of("datetime", "resolutiondate"), (w, t, c) => TimeOrNull(w, t.ResolutionDate, c)),
        Nav("workratio", "Work Ratio", FieldSchema.Of("number", "workratio"), (w, _, _) => w.WriteNumberValue(-1)),
        Nav("lastViewed", "Last Viewed", FieldSchema.Of("datetime", "lastViewed"), Null),
        Nav("watches", "Watchers", FieldSchema.Of("watches", "watches"), Counters.Watches),
        Nav("created", "Created", FieldSchema.Of("datetime", "created"), (w, t, c) => w.WriteStringValue(c.Time(t.Created))),
        Nav("priority", "Priority", FieldSchema.Of("priority", "priority"), (w, t, c) => Raw(w, c.Fragments.Priority(t.Priority))),
        Nav("labels", "Labels", FieldSchema.Of("array", "labels", "string"), (w, t, _) => StringArray(w, t.Labels)),
        Nav("aggregatetimeoriginalestimate", "Σ Original Estimate", FieldSchema.Of("number", "aggregatetimeoriginalestimate"), Null),
        Nav("timeestimate", "Remaining Estimate", FieldSchema.Of("number", "timeestimate"), Null),
        Nav("versions", "Affects versions", FieldSchema.Of("array", "versions", "version"), EmptyArray),
        Nav("issuelinks", "Linked Issues", FieldSchema.Of("array", "issuelinks", "issuelinks"), EmptyArray),
        Nav("assignee", "Assignee", FieldSchema.Of("user", "assignee"), (w, t, c) => RawOrNull(w, t.Assignee, c.Fragments.User)),
        Nav("updated", "Updated", FieldSchema.Of("datetime", "updated"), (w, t, c) => w.WriteStringValue(c.Time(t.Updated))),
        Nav("status", "Status", FieldSchema.Of("status", "status"), (w, t, c) => Raw(w, c.Fragments.Status(t.Status))),
        Nav("components", "Components", FieldSchema.Of("array", "components", "component"), (w, t, c) => RawArray(w, t.Components, c.Fragments.Component)),
        Nav("timeoriginalestimate", "Original estimate", FieldSchema.Of("number", "timeoriginalestimate"), Null),
        Nav("description", "Description", FieldSchema.Of("string", "description"), (w, t, _) => Adf(w, t.Description)),
        Nav("security", "Security Level", FieldSchema.Of("securitylevel", "security"), Null),
        Nav("aggregatetimeestimate", "Σ Remaining Estimate", FieldSchema.Of("number", "aggregatetimeestimate"), Null),
        Nav("summary", "Summary", FieldSchema.Of("string", "summary"), (w, t, _) => w.WriteStringValue(t.Summary)),
        Nav("creator", "Creator", FieldSchema.Of("user", "creator"), (w, t, c) => Raw(w, c.Fragments.User(t.Creator))),
        Nav("subtasks", "Sub-tasks", FieldSchema.Of("array", "subtasks", "issuelinks"), ParentWriter.WriteSubtasks),
        Nav("reporter", "Reporter", FieldSchema.Of("user", "reporter"), (w, t, c) => Raw(w, c.Fragments.User(t.Reporter))),
        Nav("aggregateprogress", "Σ Progress", FieldSchema.Of("progress", "aggregateprogress"), Counters.Progress),
        Nav("environment", "Environment", FieldSchema.Of("string", "environment"), (w, t, _) => Adf(w, t.Environment)),
        Nav("duedate", "Due date", FieldSchema.Of("date", "duedate"), (w, t, _) => DateOrNull(w, t.DueDate)),
        Nav("progress", "Progress", FieldSchema.Of("progress", "progress"), Counters.Progress),
        Nav("votes", "Votes", FieldSchema.Of("votes", "votes"), Counters.Votes),
    ];

    private static IEnumerable<IssueField> NonNavigable() =>
    [
        new("comment", "Comment", false, FieldSchema.Of("comments-page", "comment"), Counters.Comments),
        new("attachment", "Attachment", false, FieldSchema.Of("array", "attachment", "attachment"), EmptyArray),
        new("worklog", "Log Work", false, FieldSchema.Of("array", "worklog", "worklog"), Counters.Worklog),
        new("timetracking", "Time tracking", false, FieldSchema.Of("timetracking", "timetracking"), (w, _, _) => { w.WriteStartObject(); w.WriteEndObject(); }),
    ];

    private static IEnumerable<IssueField> CustomFields() =>
        ReferenceData.CustomFields.Select(d => Nav(d.Id, d.Name, CustomValueWriter.Schema(d), (w, t, c) => CustomValueWriter.Write(w, d, t.Custom(d.Id), c)));

    private static IssueField Nav(string id, string name, FieldSchema schema, Action<Utf8JsonWriter, TicketVersion, RenderContext> write) =>
        new(id, name, true, schema, write);
}
