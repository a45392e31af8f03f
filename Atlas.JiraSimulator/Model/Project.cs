namespace Atlas.JiraSimulator.Model;

/// <summary>A software project with its components, versions and sprints.</summary>
internal sealed record Project(
    string Id,
    string Key,
    string Name,
    JiraUser Lead,
    IReadOnlyList<Component> Components,
    IReadOnlyList<ProjectVersion> Versions,
    IReadOnlyList<Sprint> Sprints);
