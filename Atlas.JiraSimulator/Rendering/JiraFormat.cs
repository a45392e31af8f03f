using System.Globalization;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Jira's wire formats for instants and dates.</summary>
internal static class JiraFormat
{
    /// <summary>`2026-11-27T06:00:00.000-0800`: local time in <paramref name="zone"/>, offset without a colon.</summary>
    public static string Timestamp(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var utc = instant.UtcDateTime;
        var offset = zone.GetUtcOffset(utc);
        var local = utc + offset;
        var abs = offset.Duration();
        return string.Create(28, (local, offset < TimeSpan.Zero, abs), static (span, state) =>
        {
            var (local, negative, abs) = state;
            Digits(span[..4], local.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), local.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), local.Day);
            span[10] = 'T';
            Digits(span.Slice(11, 2), local.Hour);
            span[13] = ':';
            Digits(span.Slice(14, 2), local.Minute);
            span[16] = ':';
            Digits(span.Slice(17, 2), local.Second);
            span[19] = '.';
            Digits(span.Slice(20, 3), local.Millisecond);
            span[23] = negative ? '-' : '+';
            Digits(span.Slice(24, 2), abs.Hours);
            Digits(span.Slice(26, 2), abs.Minutes);
        });
    }

    private static void Digits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    /// <summary>`2026-11-27` for date-only fields such as duedate.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>UTC with `Z`, as Jira Software writes sprint dates.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>ISO-8601 UTC to the second, as in `X-RateLimit-Reset`.</summary>
    public static string IsoSeconds(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
