using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>`now()`, `startOfDay/Week/Month/Year([±n[unit]])` and the `endOf…` twins, in the user's zone.</summary>
internal static partial class JqlDateFunctions
{
    public static bool IsDateFunction(string name) => name.ToLowerInvariant() is "now" or "startofday" or "startofweek"
        or "startofmonth" or "startofyear" or "endofday" or "endofweek" or "endofmonth" or "endofyear";

    public static DateTimeOffset? Evaluate(JqlFunction function, CompileScope scope, string field)
    {
        var env = scope.Env;
        var name = function.Name.ToLowerInvariant();
        if (!IsDateFunction(name))
        {
            scope.Error(JqlFunctionMessages.Unsupported(function, field));
            return null;
        }

        if (name == "now")
        {
            return env.Now;
        }

        var period = name[(name.StartsWith("start", StringComparison.Ordinal) ? 7 : 5)..];
        if (!TryIncrement(function.Arguments, DefaultUnit(period), out var amount, out var unit))
        {
            scope.Error($"The function '{function.Name}' accepts an optional increment such as '-1', '+2d' or '-1M'; got '{string.Join(", ", function.Arguments)}'.");
            return null;
        }

        var local = LocalTime.ToLocal(env.Now, env.Profile.Zone);
        var start = StartOf(period, local, env.Profile.FirstDayOfWeek);
        var boundary = name.StartsWith("end", StringComparison.Ordinal) ? Next(period, start).AddMilliseconds(-1) : start;
        return LocalTime.ToInstant(AddLocal(boundary, amount, unit), env.Profile.Zone);
    }

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

    private static DateTime AddLocal(DateTime local, int amount, char unit) => unit switch
    {
        'y' => local.AddYears(amount),
        'M' => local.AddMonths(amount),
        'w' => local.AddDays(7 * amount),
        'd' => local.AddDays(amount),
        'h' => local.AddHours(amount),
        _ => local.AddMinutes(amount),
    };

    private static bool TryIncrement(IReadOnlyList<string> arguments, char defaultUnit, out int amount, out char unit)
    {
        (amount, unit) = (0, defaultUnit);
        if (arguments.Count == 0)
        {
            return true;
        }

        var match = IncrementPattern().Match(arguments[0].Trim());
        if (arguments.Count > 1 || !match.Success)
        {
            return false;
        }

        amount = int.Parse(match.Groups["n"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        unit = match.Groups["u"].Success && match.Groups["u"].Length > 0 ? match.Groups["u"].Value[0] : defaultUnit;
        return true;
    }

    [GeneratedRegex(@"^(?<n>[+-]?\d+)(?<u>[yMwdhm]?)$")]
    private static partial Regex IncrementPattern();
}
