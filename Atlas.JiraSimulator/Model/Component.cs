namespace Atlas.JiraSimulator.Model;

internal sealed record Component(string Id, string Name, string Description);
