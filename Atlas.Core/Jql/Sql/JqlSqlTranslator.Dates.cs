using System.Globalization;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Date-time fields (created, updated, resolved) compare instants, and <c>=</c>/<c>IN</c> match the same minute. The
/// due date stands for midnight of that date in the user's zone, and <c>=</c> matches the same local date.
/// </summary>
internal sealed partial class JqlSqlTranslator
{
    private const long MinuteMs = 60_000;

    private string DateClause(ClauseContext clause)
    {
        var (column, isDate) = DateColumn(clause.Field.Id);
        switch (clause.Operator)
        {
            case JqlOperator.Is:
                // "No due date" or "unresolved" is most tickets: reading them through the column's index costs more than a scan.
                return $"+{column} IS NULL";
            case JqlOperator.IsNot:
                return $"{column} IS NOT NULL";
        }

        var (instants, matchEmpty) = ResolveInstants(clause);
        if (IsRelational(clause.Operator))
        {
            return instants.Count == 0 ? Never : isDate ? DueOrder(column, clause.Operator, instants[0]) : $"{column} {SqlOperator(clause.Operator)} {Parameter(instants[0].ToUnixTimeMilliseconds())}";
        }

        var any = instants.Count == 0 ? Never : isDate ? SameDates(column, instants) : SameMinutes(column, instants);
        return clause.Operator is JqlOperator.EqualTo or JqlOperator.In
            ? matchEmpty ? $"({column} IS NULL OR {any})" : any
            : $"({column} IS NOT NULL AND NOT {any})";
    }

    private static (string Column, bool IsDate) DateColumn(JqlSystemField field) => field switch
    {
        JqlSystemField.Created => ("t.created", false),
        JqlSystemField.Updated => ("t.updated", false),
        JqlSystemField.Resolved => ("t.resolution_date", false),
        _ => ("t.due_date", true),
    };

    private (List<DateTimeOffset> Instants, bool MatchEmpty) ResolveInstants(ClauseContext clause)
    {
        var instants = new List<DateTimeOffset>();
        var matchEmpty = false;
        foreach (var item in clause.Items)
        {
            matchEmpty |= item is JqlEmpty;
            if (item is JqlEmpty)
            {
                continue;
            }

            if (JqlDateOperands.Resolve(item, _context, clause.Name, out var problem) is { } instant)
            {
                instants.Add(instant);
            }
            else
            {
                Invalid(problem ?? JqlValidationMessages.InvalidDate(JqlDisplay.Operand(item), clause.Name), item.Span);
            }
        }

        return (instants, matchEmpty);
    }

    private string SameMinutes(string column, List<DateTimeOffset> instants)
    {
        var ranges = instants.Select(instant =>
        {
            var minute = JqlZoneTime.TruncateToMinute(instant).ToUnixTimeMilliseconds();
            return $"({column} >= {Parameter(minute)} AND {column} < {Parameter(minute + MinuteMs)})";
        });
        return "(" + string.Join(" OR ", ranges) + ")";
    }

    private string SameDates(string column, List<DateTimeOffset> instants)
    {
        var dates = instants.Select(instant => Iso(DateOnly.FromDateTime(JqlZoneTime.ToLocal(instant, _context.Zone))));
        return $"{column} IN {_parameters.ListSubquery(dates.Distinct())}";
    }

    /// <summary>
    /// <c>due &lt; X</c> compares midnight of the due date with X; midnight grows with the date, so this is the due
    /// date against the first date whose midnight reaches X (or passes it, for <c>&lt;=</c> and <c>&gt;</c>).
    /// </summary>
    private string DueOrder(string column, JqlOperator op, DateTimeOffset instant)
    {
        var reachesOrPasses = op is JqlOperator.LessThan or JqlOperator.GreaterThanOrEqualTo;
        var threshold = FirstDateWithMidnight(instant, reachesOrPasses);
        var sql = op is JqlOperator.LessThan or JqlOperator.LessThanOrEqualTo ? "<" : ">=";
        return threshold is { } date ? $"{column} {sql} {Parameter(Iso(date))}" : (sql == "<" ? $"{column} IS NOT NULL" : Never);
    }

    /// <summary>The first date whose midnight is at or after <paramref name="instant"/> (strictly after unless <paramref name="orEqual"/>); null beyond the calendar.</summary>
    private DateOnly? FirstDateWithMidnight(DateTimeOffset instant, bool orEqual)
    {
        var local = DateOnly.FromDateTime(JqlZoneTime.ToLocal(instant, _context.Zone));
        for (var day = -1; day <= 2; day++)
        {
            if (local.DayNumber + day < DateOnly.MinValue.DayNumber || local.DayNumber + day > DateOnly.MaxValue.DayNumber)
            {
                continue;
            }

            var date = DateOnly.FromDayNumber(local.DayNumber + day);
            var midnight = JqlZoneTime.TryToInstant(date.ToDateTime(TimeOnly.MinValue), _context.Zone);
            if (midnight is { } m && (orEqual ? m >= instant : m > instant))
            {
                return date;
            }
        }

        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
