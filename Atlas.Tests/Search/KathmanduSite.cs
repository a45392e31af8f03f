using Atlas.JiraSimulator;

namespace Atlas.Tests.Search;

/// <summary>
/// 500 tickets for a user in Asia/Kathmandu (+0545) with a German locale (weeks from Monday), edited a minute either
/// side of local midnights (18:15 UTC the day before).
/// </summary>
public sealed class KathmanduSite : SearchSite
{
    protected override string TimeZone => "Asia/Kathmandu";

    protected override string Locale => "de_DE";

    protected override int Tickets => 500;

    protected override IEnumerable<(DateTimeOffset At, string Key, TicketUpdate Update)> Edits()
    {
        yield return (Utc(22, 18, 14), "WRKA-1", new TicketUpdate { Summary = "Sunday 23:59 in Kathmandu", DueDate = "2026-11-22" });
        yield return (Utc(22, 18, 15), "WRKA-2", new TicketUpdate { Summary = "Monday 00:00 in Kathmandu", DueDate = "2026-11-23" });
        yield return (Utc(23, 18, 10), "WRKA-3", new TicketUpdate { Status = "In Progress" });
        yield return (Utc(23, 18, 14), "WRKA-3", new TicketUpdate { Status = "Done", DueDate = "2026-11-24" });
        yield return (Utc(24, 18, 16), "WRKA-4", new TicketUpdate { Status = "In Review", DueDate = "2026-11-25" });
        yield return (Utc(25, 18, 14), "WRKA-5", new TicketUpdate { Priority = "Highest", DueDate = "2026-11-26" });
        yield return (Utc(25, 18, 15), "WMB-1", new TicketUpdate { Priority = "Lowest", DueDate = "2026-11-29" });
        yield return (Utc(25, 18, 15), "WMB-2", new TicketUpdate { Status = "To Do" });
        yield return (Utc(25, 18, 16), "WMB-2", new TicketUpdate { Status = "Done", DueDate = "2026-11-30" });
        yield return (Utc(25, 19, 59), "QA-1", new TicketUpdate { Labels = ["late"], DueDate = "2026-11-27" });
    }

    private static DateTimeOffset Utc(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);
}
