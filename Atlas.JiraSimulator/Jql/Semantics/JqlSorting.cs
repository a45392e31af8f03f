using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Builds the sort keys of ORDER BY (at most 7 fields); without ORDER BY results come by key descending.</summary>
internal static class JqlSorting
{
    public const int MaxFields = 7;

    public static IReadOnlyList<SortSpec> Build(IReadOnlyList<JqlSortField> orderBy, CompileScope scope)
    {
        if (orderBy.Count > MaxFields)
        {
            scope.Error($"The ORDER BY clause can contain at most {MaxFields} fields; this query has {orderBy.Count}.");
            return [];
        }

        if (orderBy.Count == 0)
        {
            return [new SortSpec("key", true, t => SortValue.Of(t.Project.Key, t.Number))];
        }

        return [.. orderBy.Select(f => Spec(f, scope)).OfType<SortSpec>()];
    }

    private static SortSpec? Spec(JqlSortField sort, CompileScope scope)
    {
        var name = sort.Field.Name;
        var field = JqlFields.Find(name, scope.Env.Catalog);
        if (field is null)
        {
            scope.Error(JqlMessages.UnknownField(name));
            return null;
        }

        if (!field.Sortable)
        {
            scope.Error($"Field '{name}' does not support sorting.");
            return null;
        }

        return new SortSpec(name, sort.Descending, Extractor(field, scope.Env.Profile.Zone));
    }

    private static Func<TicketVersion, SortValue> Extractor(JqlField field, TimeZoneInfo zone) => field.Type switch
    {
        JqlFieldType.IssueKey when field.Property == "id" => t => SortValue.Of(t.Id),
        JqlFieldType.IssueKey => t => SortValue.Of(t.Project.Key, t.Number),
        JqlFieldType.Project => t => SortValue.Of(t.Project.Key),
        JqlFieldType.Status => t => SortValue.Of(t.Status.Sequence),
        JqlFieldType.StatusCategory => t => SortValue.Of(Array.IndexOf(["new", "indeterminate", "done"], t.Status.Category.Key)),
        JqlFieldType.Priority => t => SortValue.Of(PriorityCompiler.Rank(t.Priority)),
        JqlFieldType.IssueType => t => SortValue.Of(t.Type.Sequence),
        JqlFieldType.Resolution => t => SortValue.Of(t.Resolution?.Name),
        JqlFieldType.DateTime or JqlFieldType.Date => Instant(DateCompiler.Accessor(field, zone)),
        JqlFieldType.Number => t => SortValue.Of(t.Custom(field.Property) as double?),
        _ => t => SortValue.Of(DisplayText(field, t)),
    };

    private static Func<TicketVersion, SortValue> Instant(Func<TicketVersion, DateTimeOffset?> value) =>
        t => SortValue.Of(value(t)?.UtcTicks);

    private static string? DisplayText(JqlField field, TicketVersion t) => field.Property switch
    {
        "summary" => t.Summary,
        "assignee" => t.Assignee?.DisplayName,
        "reporter" => t.Reporter.DisplayName,
        "creator" => t.Creator.DisplayName,
        _ => t.Custom(field.Property) switch
        {
            SelectOption option => option.Value,
            JiraUser user => user.DisplayName,
            string text => text,
            _ => null,
        },
    };
}
