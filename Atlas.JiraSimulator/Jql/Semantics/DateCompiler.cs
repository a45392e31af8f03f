using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// Date-time fields compare instants; `=` and IN match the same minute. Date-only fields (duedate, date custom
/// fields) stand for midnight of that date in the user's zone, and `=` matches the same local date.
/// </summary>
internal static class DateCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlField field, JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        var zone = scope.Env.Profile.Zone;
        var value = Accessor(field, zone);
        if (op is JqlOperator.Is or JqlOperator.IsNot)
        {
            return op == JqlOperator.Is ? t => value(t) is null : t => value(t) is not null;
        }

        var (instants, matchEmpty) = Resolve(operand, scope, name);
        Func<DateTimeOffset, DateTimeOffset, bool> same = field.Type == JqlFieldType.Date
            ? (a, b) => LocalTime.ToLocal(a, zone).Date == LocalTime.ToLocal(b, zone).Date
            : (a, b) => JqlDates.TruncateToMinute(a) == JqlDates.TruncateToMinute(b);
        return op switch
        {
            JqlOperator.Equals or JqlOperator.In => t => value(t) is { } v ? instants.Any(i => same(v, i)) : matchEmpty,
            JqlOperator.NotEquals or JqlOperator.NotIn => t => value(t) is { } v && !instants.Any(i => same(v, i)),
            _ => instants.Count == 0 ? ClauseCompiler.Never : t => value(t) is { } v && Compare.Holds(op, v.CompareTo(instants[0])),
        };
    }

    private static (List<DateTimeOffset> Instants, bool MatchEmpty) Resolve(JqlOperand operand, CompileScope scope, string name)
    {
        var instants = new List<DateTimeOffset>();
        var matchEmpty = false;
        foreach (var item in operand is JqlList list ? list.Items : [operand])
        {
            matchEmpty |= item is JqlEmpty;
            if (item is not JqlEmpty && JqlDates.Resolve(item, scope, name) is { } instant)
            {
                instants.Add(instant);
            }
        }

        return (instants, matchEmpty);
    }

    public static Func<TicketVersion, DateTimeOffset?> Accessor(JqlField field, TimeZoneInfo zone) => field.Property switch
    {
        "created" => t => t.Created,
        "updated" => t => t.Updated,
        "resolutiondate" => t => t.ResolutionDate,
        "statuscategorychangedate" => t => t.StatusCategoryChangeDate,
        "duedate" => t => Midnight(t.DueDate, zone),
        _ => t => Midnight(t.Custom(field.Property) as DateOnly?, zone),
    };

    private static DateTimeOffset? Midnight(DateOnly? date, TimeZoneInfo zone) =>
        date is { } d ? LocalTime.ToInstant(d.ToDateTime(TimeOnly.MinValue), zone) : null;
}
