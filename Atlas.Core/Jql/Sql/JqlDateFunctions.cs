namespace Atlas.Core.Jql.Sql;

/// <summary>
/// <c>now()</c>, <c>startOfDay/Week/Month/Year([±n[unit]])</c> and the <c>endOf…</c> twins in the user's zone: the
/// increment is added after taking the start, <c>endOf…</c> is the next start minus 1 ms, and weeks start on the
/// locale's first day.
/// </summary>
internal static class JqlDateFunctions
{
    public static DateTimeOffset? Evaluate(JqlFunctionCall call, JqlSqlContext context, out string? problem)
    {
        problem = null;
        var name = call.Name.ToLowerInvariant();
        if (name == "now")
        {
            return context.NowMs;
        }

        var period = Period(name);
        if (period is null)
        {
            problem = $"The function '{call.Name}' does not give a date that the local cache can compute.";
            return null;
        }

        var arguments = call.Arguments.Select(argument => argument.Value).ToList();
        if (!JqlPeriods.TryIncrement(arguments, DefaultUnit(period), out var amount, out var unit))
        {
            problem = JqlValidationMessages.BadIncrement(call.Name);
            return null;
        }

        return Boundary(name, period, context, amount, unit, out problem);
    }

    private static DateTimeOffset? Boundary(string name, string period, JqlSqlContext context, int amount, char unit, out string? problem)
    {
        problem = null;
        var local = JqlZoneTime.ToLocal(context.NowMs, context.Zone);
        var start = StartOf(period, local, context.FirstDayOfWeek);
        var boundary = name.StartsWith("end", StringComparison.Ordinal) ? Next(period, start).AddMilliseconds(-1) : start;
        var instant = JqlPeriods.TryAddLocal(boundary, amount, unit, out var shifted) ? JqlZoneTime.TryToInstant(shifted, context.Zone) : null;
        problem = instant is null ? $"The increment of '{name}' goes beyond the dates Atlas can compute." : null;
        return instant;
    }

    private static string? Period(string name) => name switch
    {
        "startofday" or "endofday" => "day",
        "startofweek" or "endofweek" => "week",
        "startofmonth" or "endofmonth" => "month",
        "startofyear" or "endofyear" => "year",
        _ => null,
    };

    private static DateTime StartOf(string period, DateTime local, DayOfWeek firstDay) => period switch
    {
        "day" => local.Date,
        "week" => local.Date.AddDays(-(((int)local.DayOfWeek - (int)firstDay + 7) % 7)),
        "month" => new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
        _ => new DateTime(local.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
    };

    private static DateTime Next(string period, DateTime start) => period switch
    {
        "day" => start.AddDays(1),
        "week" => start.AddDays(7),
        "month" => start.AddMonths(1),
        _ => start.AddYears(1),
    };

    private static char DefaultUnit(string period) => period switch
    {
        "day" => 'd',
        "week" => 'w',
        "month" => 'M',
        _ => 'y',
    };
}
