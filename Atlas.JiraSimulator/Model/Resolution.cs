namespace Atlas.JiraSimulator.Model;

internal sealed record Resolution(string Id, string Name, string Description);
