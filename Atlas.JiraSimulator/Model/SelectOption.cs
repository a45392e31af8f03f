namespace Atlas.JiraSimulator.Model;

/// <summary>One option of a select-list custom field.</summary>
internal sealed record SelectOption(string Id, string Value);
