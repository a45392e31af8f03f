namespace Atlas.JiraSimulator.Model;

/// <summary>A changelog entry: the changes one user made at one instant.</summary>
internal sealed record ChangeGroup(long Id, JiraUser Author, DateTimeOffset Created, IReadOnlyList<ChangeItem> Items);
