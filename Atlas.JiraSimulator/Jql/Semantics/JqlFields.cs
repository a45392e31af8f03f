using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Resolves JQL field names (case-insensitive), aliases, `cf[N]`, `customfield_N` and custom field names.</summary>
internal static class JqlFields
{
    private static readonly Dictionary<string, JqlField> System = new(StringComparer.OrdinalIgnoreCase)
    {
        ["project"] = new("project", JqlFieldType.Project, "project"),
        ["key"] = new("key", JqlFieldType.IssueKey, "key"),
        ["issuekey"] = new("issuekey", JqlFieldType.IssueKey, "key"),
        ["issue"] = new("issue", JqlFieldType.IssueKey, "key"),
        ["id"] = new("id", JqlFieldType.IssueKey, "id"),
        ["status"] = new("status", JqlFieldType.Status, "status"),
        ["statusCategory"] = new("statusCategory", JqlFieldType.StatusCategory, "statusCategory"),
        ["priority"] = new("priority", JqlFieldType.Priority, "priority"),
        ["issuetype"] = new("issuetype", JqlFieldType.IssueType, "issuetype"),
        ["type"] = new("type", JqlFieldType.IssueType, "issuetype"),
        ["assignee"] = new("assignee", JqlFieldType.User, "assignee"),
        ["reporter"] = new("reporter", JqlFieldType.User, "reporter"),
        ["creator"] = new("creator", JqlFieldType.User, "creator"),
        ["labels"] = new("labels", JqlFieldType.Labels, "labels"),
        ["label"] = new("labels", JqlFieldType.Labels, "labels"),
        ["component"] = new("component", JqlFieldType.Component, "components"),
        ["fixVersion"] = new("fixVersion", JqlFieldType.FixVersion, "fixVersions"),
        ["resolution"] = new("resolution", JqlFieldType.Resolution, "resolution"),
        ["parent"] = new("parent", JqlFieldType.Parent, "parent"),
        ["summary"] = new("summary", JqlFieldType.Text, "summary"),
        ["description"] = new("description", JqlFieldType.Text, "description"),
        ["environment"] = new("environment", JqlFieldType.Text, "environment"),
        ["text"] = new("text", JqlFieldType.AllText, "text"),
        ["created"] = new("created", JqlFieldType.DateTime, "created"),
        ["createdDate"] = new("createdDate", JqlFieldType.DateTime, "created"),
        ["updated"] = new("updated", JqlFieldType.DateTime, "updated"),
        ["updatedDate"] = new("updatedDate", JqlFieldType.DateTime, "updated"),
        ["resolved"] = new("resolved", JqlFieldType.DateTime, "resolutiondate"),
        ["resolutiondate"] = new("resolutiondate", JqlFieldType.DateTime, "resolutiondate"),
        ["statusCategoryChangedDate"] = new("statusCategoryChangedDate", JqlFieldType.DateTime, "statuscategorychangedate"),
        ["duedate"] = new("duedate", JqlFieldType.Date, "duedate"),
        ["due"] = new("due", JqlFieldType.Date, "duedate"),
    };

    public static JqlField? Find(string name, JiraCatalog catalog)
    {
        if (System.TryGetValue(name, out var field))
        {
            return field;
        }

        var custom = CustomReference(name, catalog);
        return custom is null ? null : new JqlField(name, TypeOf(custom.Kind), custom.Id, custom);
    }

    private static CustomFieldDefinition? CustomReference(string name, JiraCatalog catalog)
    {
        if (name.StartsWith("cf[", StringComparison.OrdinalIgnoreCase) && name.EndsWith(']'))
        {
            return catalog.FindCustomField("customfield_" + name[3..^1]);
        }

        return catalog.FindCustomField(name);
    }

    private static JqlFieldType TypeOf(CustomFieldKind kind) => kind switch
    {
        CustomFieldKind.Number => JqlFieldType.Number,
        CustomFieldKind.SingleSelect => JqlFieldType.Select,
        CustomFieldKind.MultiSelect => JqlFieldType.MultiSelect,
        CustomFieldKind.User => JqlFieldType.User,
        CustomFieldKind.Date => JqlFieldType.Date,
        CustomFieldKind.Sprint => JqlFieldType.Sprint,
        _ => JqlFieldType.Text,
    };
}
