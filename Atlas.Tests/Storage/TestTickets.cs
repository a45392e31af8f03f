using Atlas.Core.Tickets;

namespace Atlas.Tests.Storage;

/// <summary>Tickets with sensible defaults; vary them with <c>with</c>.</summary>
internal static class TestTickets
{
    private static readonly TimeSpan JiraOffset = TimeSpan.FromHours(2);

    public static Ticket Create(long id, string project = "WRKA", string? key = null) => new()
    {
        Id = id,
        Key = key ?? $"{project}-{id}",
        Project = project,
        Summary = $"Ticket {id} summary",
        Description = $"Steps for ticket {id}",
        DescriptionAdf = """{"type":"doc","version":1,"content":[]}""",
        Status = "To Do",
        StatusCategory = "new",
        Priority = "Medium",
        IssueType = "Bug",
        Assignee = new TicketUser("acc-tester", "Tess Tester"),
        Reporter = new TicketUser("acc-reporter", "Rita Reporter"),
        Labels = ["backend", "regression"],
        Components = ["Login"],
        FixVersions = ["1.0"],
        Created = new DateTimeOffset(2025, 5, 1, 9, 30, 15, 123, JiraOffset),
        Updated = new DateTimeOffset(2025, 5, 20, 14, 0, 0, 456, JiraOffset).AddMinutes(id),
        DueDate = new DateOnly(2025, 7, 1),
        Environment = "Chrome on Windows",
        RawJson = $$"""{"id":"{{id}}","key":"{{project}}-{{id}}"}""",
        ContentHash = $"hash-{id}-v1",
    };

    public static Ticket[] Range(int first, int count, string project = "WRKA") =>
        Enumerable.Range(first, count).Select(id => Create(id, project)).ToArray();

    /// <summary>The same ticket as Jira would send it after an edit: new summary, labels and hash.</summary>
    public static Ticket Edited(Ticket ticket, string summary = "Edited summary") => ticket with
    {
        Summary = summary,
        Labels = ["edited"],
        Updated = ticket.Updated.AddHours(1),
        ContentHash = ticket.ContentHash + "-edited",
    };
}
