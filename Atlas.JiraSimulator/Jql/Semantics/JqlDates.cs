using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// Turns JQL date operands into instants: literals are local times of the user's profile zone (minute precision),
/// periods like `-4w 2d` are relative to the server clock truncated to the minute, functions are in the user's zone.
/// </summary>
internal static partial class JqlDates
{
    private static readonly string[] LiteralFormats = ["yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-M-d", "yyyy/M/d"];

    public static DateTimeOffset? Resolve(JqlOperand operand, CompileScope scope, string field) => operand switch
    {
        JqlValue value => FromValue(value, scope, field),
        JqlFunction function => JqlDateFunctions.Evaluate(function, scope, field),
        _ => null,
    };

    private static DateTimeOffset? FromValue(JqlValue value, CompileScope scope, string field)
    {
        var env = scope.Env;
        if (DateTime.TryParseExact(value.Value.Trim(), LiteralFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return LocalTime.ToInstant(local, env.Profile.Zone);
        }

        if (!value.Quoted && value.Value.All(char.IsAsciiDigit) && long.TryParse(value.Value, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(epoch);
        }

        if (TryPeriod(value.Value, TruncateToMinute(env.Now), out var relative))
        {
            return relative;
        }

        scope.Error($"Date value '{value.Value}' for field '{field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.");
        return null;
    }

    /// <summary>`-5d`, `"-4w 2d"`, `+1h 30m`, `-30` (minutes): the sign applies to every part.</summary>
    public static bool TryPeriod(string text, DateTimeOffset from, out DateTimeOffset result)
    {
        result = from;
        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var amount = sign * int.Parse(part.Value.TrimEnd('y', 'M', 'w', 'd', 'h', 'm', ' '), CultureInfo.InvariantCulture);
            result = Add(result, amount, part.Value.TrimEnd()[^1]);
        }

        return true;
    }

    public static DateTimeOffset Add(DateTimeOffset instant, int amount, char unit) => unit switch
    {
        'y' => instant.AddYears(amount),
        'M' => instant.AddMonths(amount),
        'w' => instant.AddDays(7 * amount),
        'd' => instant.AddDays(amount),
        'h' => instant.AddHours(amount),
        _ => instant.AddMinutes(amount),
    };

    public static DateTimeOffset TruncateToMinute(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    [GeneratedRegex(@"^(?<sign>[+-])?\s*(?:(?<part>\d+\s*[yMwdhm]?)\s*)+$")]
    private static partial Regex PeriodPattern();
}
