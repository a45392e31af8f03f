namespace Atlas.JiraSimulator.Model;

/// <summary>A project version as used by fixVersions.</summary>
internal sealed record ProjectVersion(string Id, string Name, string ProjectId, bool Released, bool Archived, DateOnly? ReleaseDate);
