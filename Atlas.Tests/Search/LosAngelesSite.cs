using Atlas.JiraSimulator;

namespace Atlas.Tests.Search;

/// <summary>
/// 2,000 tickets for a user in America/Los_Angeles (-0800 in November, weeks from Sunday), edited around local
/// midnights of the days before <see cref="SearchSite.Now"/> (local midnight is 08:00 UTC).
/// </summary>
public sealed class LosAngelesSite : SearchSite
{
    protected override string TimeZone => "America/Los_Angeles";

    protected override string Locale => "en_US";

    protected override int Tickets => 2000;

    protected override IEnumerable<(DateTimeOffset At, string Key, TicketUpdate Update)> Edits()
    {
        var me = "qa.tester@example.com";
        yield return (Utc(22, 7, 59), "WRKA-1", new TicketUpdate { Summary = "Login page crashes on Safari", Status = "In Review", Assignee = me, Labels = ["regression", "Flaky-UI"] });
        yield return (Utc(22, 8, 0), "WRKA-2", new TicketUpdate { Summary = "Login page times out for new users", Status = "Blocked", Priority = "Highest", DueDate = "2026-11-22" });
        yield return (Utc(23, 12, 0), "WRKA-3", new TicketUpdate { Description = "The login page shows a stack trace.\n\nSee the attached screenshot.", Assignee = Values["asciiUser"], DueDate = "2026-11-24" });
        yield return (Utc(24, 7, 59), "WRKA-4", new TicketUpdate { Summary = "e-mail validation fails for plus addresses", Labels = ["ünïcode-label", "smoke"], DueDate = "2026-11-25" });
        yield return (Utc(24, 8, 0), "WRKA-5", new TicketUpdate { Summary = "Running regression tests slowly on CI", Status = "Done", Resolution = "Won't Do", DueDate = "2026-11-26" });
        yield return (Utc(25, 7, 59), "WRKA-6", new TicketUpdate { Summary = "Ünïcode Straße handling in exports", Environment = "Chrome 131 on Windows 11", Assignee = Values["unicodeUser"], DueDate = "2026-11-28" });
        yield return (Utc(25, 8, 1), "WRKA-7", new TicketUpdate { Status = "Done", Priority = "Lowest", Labels = [], DueDate = "2026-11-29" });
        yield return (Utc(25, 9, 30), "WRKA-8", new TicketUpdate { Assignee = "", Priority = "High", Components = [], DueDate = "" });
        yield return (Utc(25, 10, 0), "WMB-1", new TicketUpdate { Status = "In Progress", Assignee = me, Labels = ["smoke", "flaky"], DueDate = "2026-11-20" });
        yield return (Utc(25, 10, 30), "WMB-2", new TicketUpdate { Status = "Closed", Resolution = "Duplicate" });
        yield return (Utc(25, 11, 0), "WMB-3", new TicketUpdate { Reporter = Values["asciiUser"], Environment = "Safari 17.5 on macOS Sonoma" });
        yield return (Utc(25, 12, 15), "QA-1", new TicketUpdate { Summary = "Login* form: \"quoted\" text; DROP TABLE jira_tickets; --", Assignee = Values["asciiUser"] });
        yield return (Utc(25, 13, 0), "QA-2", new TicketUpdate { Status = "To Do", Priority = "Medium", Labels = ["regression"] });
        yield return (Utc(25, 14, 0), "PAY-1", new TicketUpdate { Description = "", Environment = "", Assignee = me, Priority = "Highest" });
        yield return (Utc(25, 15, 45), "PAY-2", new TicketUpdate { Status = "In Review", DueDate = "2026-12-31", Labels = ["release-blocker"] });
        yield return (Utc(25, 16, 0), "MOB-1", new TicketUpdate { Status = "Done", Summary = "Login button misaligned" });
        yield return (Utc(25, 19, 59), "MOB-2", new TicketUpdate { Assignee = Values["unicodeUser"], Priority = "Low", DueDate = "2026-11-25" });
    }

    protected override void Customize()
    {
        Values["editMinute"] = "2026-11-25 02:00";
        Values["deleted"] = "QA-3";
        Jira.Control.DeleteTicket("QA-3");
        Values["movedTo"] = Jira.Control.MoveTicket("QA-4", "MOB");
        var parents = Jira.Control.Tickets().Select(t => ParentOf(t.Key)).OfType<string>().ToList();
        var epic = parents.GroupBy(key => key).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).First().Key;
        Values["epic"] = epic;
        Values["epicId"] = Jira.Control.Ticket(epic)!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Values["otherParent"] = parents.First(key => key != epic);
    }

    private string? ParentOf(string key)
    {
        var json = Jira.Control.GetTicketJson(key)!;
        var at = json.IndexOf("\"parent\":{", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var keyAt = json.IndexOf("\"key\":\"", at, StringComparison.Ordinal) + 7;
        return json[keyAt..json.IndexOf('"', keyAt)];
    }

    private static DateTimeOffset Utc(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);
}
