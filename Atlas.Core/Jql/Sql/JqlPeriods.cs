using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Relative periods (<c>-5d</c>, <c>"-4w 2d"</c>, <c>+1h 30m</c>, <c>-30</c> = minutes; the sign applies to every part)
/// and the increments of <c>startOfDay(-1)</c> and friends. <c>M</c> is months and <c>m</c> minutes; other units are
/// read in either case.
/// </summary>
internal static partial class JqlPeriods
{
    /// <summary>Adds the period to <paramref name="from"/> in fixed lengths (a day is 24 hours); false when it is no period.</summary>
    public static bool TryAdd(string text, DateTimeOffset from, out DateTimeOffset result)
    {
        result = from;
        var match = Period().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var trimmed = part.Value.TrimEnd();
            var unit = char.IsAsciiDigit(trimmed[^1]) ? 'm' : Unit(trimmed[^1]);
            if (!int.TryParse(trimmed.TrimEnd('y', 'Y', 'M', 'w', 'W', 'd', 'D', 'h', 'H', 'm', ' '), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || !TryAdd(result, sign * amount, unit, out result))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The optional argument of startOfDay() and friends: <c>-1</c>, <c>+2d</c>, <c>-1M</c>; the unit defaults per function.</summary>
    public static bool TryIncrement(IReadOnlyList<string> arguments, char defaultUnit, out int amount, out char unit)
    {
        (amount, unit) = (0, defaultUnit);
        if (arguments.Count == 0)
        {
            return true;
        }

        var match = Increment().Match(arguments[0].Trim());
        if (arguments.Count > 1 || !match.Success
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        unit = match.Groups["u"].Length > 0 ? Unit(match.Groups["u"].Value[0]) : defaultUnit;
        return true;
    }

    /// <summary>Adds in fixed lengths, for periods counted from an instant.</summary>
    public static bool TryAdd(DateTimeOffset instant, int amount, char unit, out DateTimeOffset result)
    {
        try
        {
            result = unit switch
            {
                'y' => instant.AddYears(amount),
                'M' => instant.AddMonths(amount),
                'w' => instant.AddDays(7.0 * amount),
                'd' => instant.AddDays(amount),
                'h' => instant.AddHours(amount),
                _ => instant.AddMinutes(amount),
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            result = instant;
            return false;
        }
    }

    /// <summary>Adds on the calendar of the user's zone, for the increments of date functions.</summary>
    public static bool TryAddLocal(DateTime local, int amount, char unit, out DateTime result)
    {
        try
        {
            result = unit switch
            {
                'y' => local.AddYears(amount),
                'M' => local.AddMonths(amount),
                'w' => local.AddDays(7.0 * amount),
                'd' => local.AddDays(amount),
                'h' => local.AddHours(amount),
                _ => local.AddMinutes(amount),
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            result = local;
            return false;
        }
    }

    private static char Unit(char written) => written == 'M' ? 'M' : char.ToLowerInvariant(written);

    [GeneratedRegex(@"^(?<sign>[+-])?\s*(?:(?<part>\d+\s*[yYMwWdDhHm]?)\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    [GeneratedRegex(@"^(?<n>[+-]?\d+)(?<u>[yYMwWdDhHm]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Increment();
}
