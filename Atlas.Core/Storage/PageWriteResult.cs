namespace Atlas.Core.Storage;

/// <summary>What one page write did. A revived tombstone counts as created.</summary>
internal sealed record PageWriteResult(
    IReadOnlyList<long> CreatedIds,
    IReadOnlyList<long> UpdatedIds,
    int Unchanged,
    IReadOnlyList<string> DisplacedKeys)
{
    /// <summary>What the three-way merge of local overrides did in this page.</summary>
    public Conflicts.ConflictCounts Conflicts { get; init; } = new();

    public int Created => CreatedIds.Count;

    public int Updated => UpdatedIds.Count;

    /// <summary>The ids whose content was written (created or updated); unchanged rows are not among them.</summary>
    public IEnumerable<long> WrittenIds => CreatedIds.Concat(UpdatedIds);
}
