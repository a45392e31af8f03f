namespace Atlas.JiraSimulator.Model;

/// <summary>A workflow status; <see cref="Sequence"/> is its position, which is what ORDER BY status sorts by.</summary>
internal sealed record Status(string Id, string Name, string Description, StatusCategory Category, int Sequence, string IconFile);
