using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.Core.Jql;

/// <summary>The date and period formats JQL accepts.</summary>
/// <remarks>
/// Absolute: <c>yyyy/MM/dd HH:mm</c>, <c>yyyy-MM-dd HH:mm</c>, <c>yyyy/MM/dd</c>, <c>yyyy-MM-dd</c> (minute precision,
/// no seconds). Relative periods: <c>-5d</c>, <c>4w 2d</c>, <c>2h</c>, <c>-30m</c>; a bare number of minutes when quoted.
/// A bare unquoted number is epoch milliseconds and never reaches these checks.
/// </remarks>
internal static partial class JqlDateFormats
{
    public const string Hint = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

    public static bool IsDateOrPeriod(string value) => IsAbsoluteDate(value) || IsPeriod(value);

    /// <summary>An optional sign, then numbers each with an optional unit w, d, h or m (minutes by default): <c>-4w 2d</c>, <c>4w2d</c>.</summary>
    /// <remarks>A number must be separated from the one before by a unit or a space, so <c>2026-13-01</c> is no period.</remarks>
    public static bool IsPeriod(string value)
    {
        var i = SkipWhitespace(value, 0);
        i += i < value.Length && value[i] is '-' or '+' ? 1 : 0;
        var parts = 0;
        while (i < value.Length)
        {
            var digits = i;
            i = SkipDigits(value, digits);
            if (i == digits)
            {
                return false;
            }

            var unit = i < value.Length && value[i] is 'w' or 'd' or 'h' or 'm' or 'W' or 'D' or 'H' or 'M';
            var next = SkipWhitespace(value, i + (unit ? 1 : 0));
            if (next < value.Length && !unit && next == i)
            {
                return false;
            }

            i = next;
            parts++;
        }

        return parts > 0;
    }

    private static int SkipWhitespace(string value, int i)
    {
        while (i < value.Length && char.IsWhiteSpace(value[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipDigits(string value, int i)
    {
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        return i;
    }

    public static bool IsAbsoluteDate(string value)
    {
        var match = Absolute().Match(value);
        return match.Success
            && IsValidDate(Part(match, "y"), Part(match, "M"), Part(match, "d"))
            && (!match.Groups["H"].Success || Part(match, "H") < 24 && Part(match, "m") < 60);
    }

    /// <summary>The optional argument of startOfDay() and friends: <c>-1M</c>, <c>+2d</c>, <c>1y</c>.</summary>
    public static bool IsIncrement(string value) => Increment().IsMatch(value);

    private static int Part(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-/])(?<M>\d{1,2})\k<sep>(?<d>\d{1,2})(?: (?<H>\d{1,2}):(?<m>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    [GeneratedRegex(@"^[-+]?\d+[yYMwWdDhHm]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Increment();
}
