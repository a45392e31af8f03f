namespace Atlas.JiraSimulator;

/// <summary>A current ticket as the control API lists it.</summary>
public sealed record TicketInfo(string Id, string Key, string Project, string Summary, string Status, DateTimeOffset Updated, bool Hidden);
