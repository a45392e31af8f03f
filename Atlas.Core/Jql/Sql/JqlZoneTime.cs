namespace Atlas.Core.Jql.Sql;

/// <summary>Wall-clock times of the Jira user's zone to instants and back, resolving DST gaps and overlaps as Jira (Java) does.</summary>
internal static class JqlZoneTime
{
    /// <summary>
    /// A time inside a spring-forward gap moves forward by the gap; an ambiguous fall-back time takes the earlier
    /// instant (the summer offset).
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddHours(-3));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary><see cref="ToInstant"/> for times at the ends of the calendar, where the offset would leave it.</summary>
    public static DateTimeOffset? TryToInstant(DateTime local, TimeZoneInfo zone)
    {
        try
        {
            return ToInstant(local, zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>The instant a due date stands for: midnight of that date in the user's zone.</summary>
    public static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone) => ToInstant(date.ToDateTime(TimeOnly.MinValue), zone);

    public static DateTimeOffset TruncateToMinute(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
}
