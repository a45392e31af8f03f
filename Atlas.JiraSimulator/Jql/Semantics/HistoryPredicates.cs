namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Reads a clause's history predicates into a <see cref="HistoryWindow"/>.</summary>
internal static class HistoryPredicates
{
    private static readonly JqlField UserField = new("by", JqlFieldType.User, "assignee");

    public static HistoryWindow Build(JqlField field, JqlOperator op, IReadOnlyList<JqlPredicate> predicates, CompileScope scope, string name)
    {
        var window = new HistoryWindow();
        foreach (var predicate in predicates)
        {
            if (predicate.Operator is "from" or "to" && op is not (JqlOperator.Changed or JqlOperator.NotChanged))
            {
                scope.Error($"The predicate '{predicate.Operator}' is not supported by the '{op.Text()}' operator.");
                continue;
            }

            Apply(window, field, predicate, scope, name);
        }

        return window;
    }

    private static void Apply(HistoryWindow window, JqlField field, JqlPredicate predicate, CompileScope scope, string name)
    {
        var first = predicate.Operands[0];
        switch (predicate.Operator)
        {
            case "after":
                Narrow(window, JqlDates.Resolve(first, scope, name), null);
                break;
            case "before":
                Narrow(window, null, JqlDates.Resolve(first, scope, name));
                break;
            case "on":
                On(window, JqlDates.Resolve(first, scope, name), scope);
                break;
            case "during":
                Narrow(window, JqlDates.Resolve(first, scope, name), JqlDates.Resolve(predicate.Operands[1], scope, name));
                break;
            case "by":
                window.Authors = SetCompiler.Collect(UserField, first, scope, "by").Ids;
                break;
            case "from":
                window.From = SetCompiler.Collect(field, first, scope, name);
                break;
            default:
                window.To = SetCompiler.Collect(field, first, scope, name);
                break;
        }
    }

    private static void Narrow(HistoryWindow window, DateTimeOffset? start, DateTimeOffset? end) =>
        window.Narrow(start ?? DateTimeOffset.MinValue, end ?? DateTimeOffset.MaxValue);

    private static void On(HistoryWindow window, DateTimeOffset? instant, CompileScope scope)
    {
        if (instant is { } at)
        {
            var zone = scope.Env.Profile.Zone;
            var day = LocalTime.ToLocal(at, zone).Date;
            window.Narrow(LocalTime.ToInstant(day, zone), LocalTime.ToInstant(day.AddDays(1), zone).AddTicks(-1));
        }
    }
}
