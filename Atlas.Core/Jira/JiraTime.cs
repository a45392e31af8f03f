using System.Globalization;

namespace Atlas.Core.Jira;

/// <summary>Jira's timestamp formats, and JQL date literals in the Jira user's time zone.</summary>
internal static class JiraTime
{
    // Jira sends "2026-11-27T06:00:00.000-0800" (offset without colon); "zzz" accepts that and "+00:00". A literal 'Z'
    // rather than "K", which would also take a time without any offset and read it in this machine's zone.
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.fffzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    /// <summary>The longest a wall-clock time can repeat (DST fall-back); bounds the search for a safe literal.</summary>
    private static readonly TimeSpan LongestRepeat = TimeSpan.FromHours(3);

    /// <summary>Parses a Jira timestamp exactly, keeping the offset Jira rendered it in.</summary>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>Parses a date-only field such as <c>duedate</c> (<c>2024-12-31</c>).</summary>
    public static bool TryParseDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>The time zone for an IANA id from <c>/myself</c>; a clear error when this machine does not know it.</summary>
    public static TimeZoneInfo FindTimeZone(string ianaId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ianaId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new JiraResponseException(
                $"Jira reports the time zone '{ianaId}' for the Atlas:Jira:Email account, and this machine knows no such IANA time zone. "
                + "Install the time-zone database (tzdata/ICU) or correct the time zone in the Atlassian profile.", null, exception);
        }
    }

    /// <summary>
    /// <paramref name="instant"/> as a JQL date-time literal <c>yyyy-MM-dd HH:mm</c> (without quotes) in <paramref name="zone"/>,
    /// floored to the minute. When the wall-clock time repeats (DST fall-back) the literal is moved back until every
    /// reading of it is at or before the instant, so <c>updated &gt;= literal</c> never skips a ticket.
    /// </summary>
    public static string FormatJqlDateTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var wall = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
        var earliestAllowed = wall - LongestRepeat;
        while (LatestReading(wall, zone) > instant && wall > earliestAllowed)
        {
            wall = wall.AddMinutes(-1);
        }

        return wall.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    // A repeated wall-clock time has two readings; the one with the smaller offset is the later instant.
    private static DateTimeOffset LatestReading(DateTime wall, TimeZoneInfo zone)
    {
        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Min() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }
}
