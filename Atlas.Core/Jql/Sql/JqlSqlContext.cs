using System.Globalization;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// What an offline translation reads besides the query: the clock and the Jira user's profile as the last sync stored it
/// (Jira reads dates in the searching user's time zone and starts weeks on the locale's first day).
/// </summary>
/// <param name="Now">The current instant; <c>now()</c> and periods such as <c>-5d</c> count from it.</param>
/// <param name="Zone">The Jira user's profile time zone.</param>
/// <param name="FirstDayOfWeek">The first day of the week in the Jira user's locale, for <c>startOfWeek()</c>.</param>
/// <param name="AccountId">The Jira account Atlas signs in as, for <c>currentUser()</c>; null before the first sync.</param>
internal sealed record JqlSqlContext(DateTimeOffset Now, TimeZoneInfo Zone, DayOfWeek FirstDayOfWeek, string? AccountId)
{
    /// <summary>The first day of the week in a Jira locale such as <c>en_US</c> (Sunday) or <c>de_DE</c> (Monday).</summary>
    public static DayOfWeek FirstDayOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return DayOfWeek.Sunday;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale.Replace('_', '-'), predefinedOnly: true).DateTimeFormat.FirstDayOfWeek;
        }
        catch (CultureNotFoundException)
        {
            return DayOfWeek.Sunday;
        }
    }

    /// <summary>A context for checking what a query needs, without a cache: any zone and account give the same verdict.</summary>
    public static JqlSqlContext ForChecking(DateTimeOffset now) => new(now, TimeZoneInfo.Utc, DayOfWeek.Sunday, "checking");

    /// <summary>The instant at millisecond precision, as Jira keeps its clock.</summary>
    public DateTimeOffset NowMs => new(Now.UtcTicks - Now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
