using System.Collections.Immutable;

namespace Atlas.JiraSimulator.Model;

/// <summary>
/// One immutable version of a ticket. Edits create a new version (`with`), which is what lets search see an older
/// version during search lag while GET issue sees the newest.
/// </summary>
internal sealed record TicketVersion
{
    public required long Id { get; init; }
    public required Project Project { get; init; }
    public required int Number { get; init; }
    public required string Summary { get; init; }
    public AdfDocument? Description { get; init; }
    public AdfDocument? Environment { get; init; }
    public required IssueType Type { get; init; }
    public required Status Status { get; init; }
    public required Priority Priority { get; init; }
    public Resolution? Resolution { get; init; }
    public DateTimeOffset? ResolutionDate { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required DateTimeOffset StatusCategoryChangeDate { get; init; }
    public DateOnly? DueDate { get; init; }
    public JiraUser? Assignee { get; init; }
    public required JiraUser Reporter { get; init; }
    public required JiraUser Creator { get; init; }
    public ImmutableArray<string> Labels { get; init; } = [];
    public ImmutableArray<Component> Components { get; init; } = [];
    public ImmutableArray<ProjectVersion> FixVersions { get; init; } = [];
    public long? ParentId { get; init; }
    public IReadOnlyDictionary<string, object> CustomValues { get; init; } = new Dictionary<string, object>();
    public ImmutableArray<ChangeGroup> History { get; init; } = [];
    public TicketCorruption Corruption { get; init; }

    /// <summary>Store revision at which this version was committed (unique, increasing).</summary>
    public long Revision { get; init; }

    /// <summary>Server time at which this version was committed; search sees it once this is older than the lag.</summary>
    public DateTimeOffset CommittedAt { get; init; }

    /// <summary>A tombstone: the ticket was deleted at <see cref="CommittedAt"/>.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>Lazily built, per-version derived data (rendered JSON, text index); replaced on every new version.</summary>
    public TicketCaches Caches { get; init; } = new();

    public string Key => $"{Project.Key}-{Number}";

    public object? Custom(string fieldId) => CustomValues.TryGetValue(fieldId, out var value) ? value : null;
}
