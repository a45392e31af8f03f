namespace Atlas.JiraSimulator;

/// <summary>A ticket to add: project key, summary, issue type (default Task) and any other fields.</summary>
public sealed record NewTicket(string Project, string Summary)
{
    public string IssueType { get; init; } = "Task";

    public TicketUpdate? Fields { get; init; }
}
