using System.Globalization;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Jira's wire formats for instants and dates.</summary>
internal static class JiraFormat
{
    /// <summary>`2026-11-27T06:00:00.000-0800`: local time in <paramref name="zone"/>, offset without a colon.</summary>
    public static string Timestamp(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"{local:yyyy-MM-dd'T'HH:mm:ss.fff}{sign}{abs.Hours:00}{abs.Minutes:00}");
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
