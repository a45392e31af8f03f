namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Local wall-clock times of the user's zone to instants, resolving DST gaps and overlaps like Java does.</summary>
internal static class LocalTime
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

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
