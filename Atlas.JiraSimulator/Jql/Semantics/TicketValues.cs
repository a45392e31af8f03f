using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>The ids a ticket holds for a set-like JQL field (empty when the field is empty).</summary>
internal static class TicketValues
{
    public static Func<TicketVersion, IReadOnlyList<string>> For(JqlField field) => field.Type switch
    {
        JqlFieldType.Project => t => [t.Project.Id],
        JqlFieldType.Status => t => [t.Status.Id],
        JqlFieldType.StatusCategory => t => [t.Status.Category.Key],
        JqlFieldType.Priority => t => [t.Priority.Id],
        JqlFieldType.IssueType => t => [t.Type.Id],
        JqlFieldType.User => User(field.Property),
        JqlFieldType.Labels => t => t.Labels,
        JqlFieldType.Component => t => [.. t.Components.Select(c => c.Id)],
        JqlFieldType.FixVersion => t => [.. t.FixVersions.Select(v => v.Id)],
        JqlFieldType.Resolution => t => t.Resolution is { } r ? [r.Id] : [],
        JqlFieldType.Parent => t => t.ParentId is { } p ? [p.ToString(CultureInfo.InvariantCulture)] : [],
        _ => Custom(field.Property),
    };

    private static Func<TicketVersion, IReadOnlyList<string>> User(string property) => property switch
    {
        "assignee" => t => t.Assignee is { } u ? [u.AccountId] : [],
        "reporter" => t => [t.Reporter.AccountId],
        "creator" => t => [t.Creator.AccountId],
        _ => Custom(property),
    };

    private static Func<TicketVersion, IReadOnlyList<string>> Custom(string fieldId) => t => t.Custom(fieldId) switch
    {
        SelectOption option => [option.Id],
        SelectOption[] options => [.. options.Select(o => o.Id)],
        JiraUser user => [user.AccountId],
        Sprint[] sprints => [.. sprints.Select(s => s.Id.ToString(CultureInfo.InvariantCulture))],
        _ => [],
    };
}
