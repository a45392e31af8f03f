namespace Atlas.JiraSimulator.Model;

/// <summary>One field change in a ticket's history: `from`/`to` are ids, the texts are display values.</summary>
internal sealed record ChangeItem(string Field, string? From, string? FromText, string? To, string? ToText);
