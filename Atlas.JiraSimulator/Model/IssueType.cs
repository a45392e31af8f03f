namespace Atlas.JiraSimulator.Model;

/// <summary>An issue type with its hierarchy level (Epic 1, standard 0, Sub-task -1).</summary>
internal sealed record IssueType(string Id, string Name, string Description, int HierarchyLevel, int AvatarId, int Sequence)
{
    public bool Subtask => HierarchyLevel < 0;
}
