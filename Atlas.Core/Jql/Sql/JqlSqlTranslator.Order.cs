namespace Atlas.Core.Jql.Sql;

/// <summary>
/// ORDER BY as Jira sorts: text case-insensitively, priorities by importance, key by project then number, empty values
/// last ascending (first descending), ties by id ascending; without ORDER BY, <c>key DESC</c>. Orders the cache does
/// not know (workflow position of statuses, issue type schemes) need Jira.
/// </summary>
internal sealed partial class JqlSqlTranslator
{
    /// <summary>Whether the statement depends on the default priority scheme (the caller checks the cache holds no other priorities).</summary>
    public bool UsesPriorityOrder { get; private set; }

    private string OrderBy(JqlQuery query)
    {
        var keys = query.OrderBy.IsDefaultOrEmpty
            ? ["t.project COLLATE BINARY DESC", "t.key_number DESC"]
            : query.OrderBy.SelectMany(SortKeys).ToList();
        return string.Join(", ", keys.Append("t.id ASC"));
    }

    private IEnumerable<string> SortKeys(JqlSortField sort)
    {
        var descending = sort.Direction == JqlSortDirection.Descending;
        var direction = descending ? "DESC NULLS FIRST" : "ASC NULLS LAST";
        var field = JqlFieldResolution.Resolve(sort.Field, JqlValidationOptions.Default).System;
        var expressions = field is null ? null : SortExpressions(field.Id);
        if (expressions is null)
        {
            Blocked(JqlValidationMessages.NeedsJira($"ORDER BY {sort.Field.Name}", SortBlocker(field)), sort.Field.Span);
            return [];
        }

        UsesPriorityOrder |= field!.Id == JqlSystemField.Priority;
        return expressions.Select(expression => $"{expression} {direction}");
    }

    private static string[]? SortExpressions(JqlSystemField field) => field switch
    {
        JqlSystemField.IssueKey => ["t.project COLLATE BINARY", "t.key_number"],
        JqlSystemField.Project => ["t.project COLLATE BINARY"],
        JqlSystemField.Priority => [JqlDefaultPriorities.RankSql("t.priority")],
        JqlSystemField.StatusCategory => [JqlStatusCategories.OrderSql("t.status_category")],
        JqlSystemField.Resolution => [$"t.resolution COLLATE {JqlSqlCollation.Name}"],
        JqlSystemField.Summary => [$"t.summary COLLATE {JqlSqlCollation.Name}"],
        JqlSystemField.Assignee => [$"t.assignee_name COLLATE {JqlSqlCollation.Name}"],
        JqlSystemField.Reporter => [$"t.reporter_name COLLATE {JqlSqlCollation.Name}"],
        JqlSystemField.Created => ["t.created"],
        JqlSystemField.Updated => ["t.updated"],
        JqlSystemField.Resolved => ["t.resolution_date"],
        JqlSystemField.Due => ["t.due_date"],
        _ => null,
    };

    private static string SortBlocker(JqlFieldInfo? field) => field?.Id switch
    {
        JqlSystemField.Status => "the local cache does not know the workflow order of statuses",
        JqlSystemField.IssueType => "the local cache does not know the order of the site's issue types",
        null => "the local cache cannot sort by this field",
        _ => "the local cache does not know how Jira sorts this field",
    };

    /// <summary><c>priority &gt; Medium</c>: more important than Medium, in Jira's default priority scheme.</summary>
    private string PriorityOrderClause(ClauseContext clause)
    {
        var target = (clause.Operand as JqlValue)?.Value;
        if (target is null || JqlDefaultPriorities.RankOf(target) is not { } rank)
        {
            return Blocked(JqlValidationMessages.NeedsJira($"priority {clause.Operator.ToJql()} {target}", "Atlas knows the order of Jira's default priorities only"), clause.Clause.Span);
        }

        UsesPriorityOrder = true;
        return $"{JqlDefaultPriorities.RankSql("t.priority")} {SqlOperator(clause.Operator)} {Parameter(rank)}";
    }
}
