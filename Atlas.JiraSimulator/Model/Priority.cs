namespace Atlas.JiraSimulator.Model;

/// <summary>A priority; Jira's sequence 1 is the most important (Highest).</summary>
internal sealed record Priority(string Id, string Name, string IconFile, int Sequence, string StatusColor);
