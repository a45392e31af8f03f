namespace Atlas.Core.Tickets;

/// <summary>
/// A ticket as Atlas shows it (CLI <c>--json</c>, HTTP, MCP): the synced fields, where the answer came from and how
/// fresh it is, whether Jira has deleted it, and the tester's local data.
/// </summary>
public sealed record TicketView
{
    public required string Key { get; init; }

    /// <summary>Jira's issue id, as Jira writes it (a string of digits).</summary>
    public required string Id { get; init; }

    public required string Project { get; init; }

    public required string Summary { get; init; }

    /// <summary>The description as plain text.</summary>
    public string? Description { get; init; }

    public required string Status { get; init; }

    public required string StatusCategory { get; init; }

    public string? Priority { get; init; }

    public required string IssueType { get; init; }

    public TicketUser? Assignee { get; init; }

    public TicketUser? Reporter { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public IReadOnlyList<string> Components { get; init; } = [];

    public IReadOnlyList<string> FixVersions { get; init; } = [];

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; init; }

    public string? Resolution { get; init; }

    public DateTimeOffset? ResolutionDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? ParentKey { get; init; }

    public string? Environment { get; init; }

    /// <summary><c>live</c> (just read from Jira) or <c>cache</c> (the local mirror).</summary>
    public required string Source { get; init; }

    /// <summary>When this version was read from Jira.</summary>
    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>True when the cached copy is older than <c>Atlas:Cache:Ttl</c> and Jira could not be asked.</summary>
    public bool Stale { get; init; }

    /// <summary>True when Jira no longer shows the ticket (deleted, moved away or no longer visible); the row is kept.</summary>
    public bool Deleted { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The tester's notes and local-only fields; a sync never touches them.</summary>
    public LocalDataView Local { get; init; } = LocalDataView.Empty;

    public static TicketView From(Ticket ticket, string source, DateTimeOffset fetchedAt) => new()
    {
        Key = ticket.Key,
        Id = ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Project = ticket.Project,
        Summary = ticket.Summary,
        Description = ticket.Description,
        Status = ticket.Status,
        StatusCategory = ticket.StatusCategory,
        Priority = ticket.Priority,
        IssueType = ticket.IssueType,
        Assignee = ticket.Assignee,
        Reporter = ticket.Reporter,
        Labels = ticket.Labels,
        Components = ticket.Components,
        FixVersions = ticket.FixVersions,
        Created = ticket.Created,
        Updated = ticket.Updated,
        Resolution = ticket.Resolution,
        ResolutionDate = ticket.ResolutionDate,
        DueDate = ticket.DueDate,
        ParentKey = ticket.ParentKey,
        Environment = ticket.Environment,
        Source = source,
        FetchedAt = fetchedAt,
    };
}

/// <summary>The tester's data on a ticket: notes, local-only fields, and the synced fields overridden locally.</summary>
public sealed record LocalDataView(IReadOnlyList<NoteView> Notes, IReadOnlyDictionary<string, string?> Fields)
{
    public static LocalDataView Empty { get; } = new([], new Dictionary<string, string?>());

    /// <summary>
    /// Synced fields whose shown value is the tester's (by field name: <c>summary</c>, <c>status</c>, <c>priority</c>,
    /// <c>assignee</c>, <c>labels</c>, <c>dueDate</c>), each with Jira's value beside it.
    /// </summary>
    public IReadOnlyDictionary<string, OverrideView> Overrides { get; init; } = new Dictionary<string, OverrideView>();
}

/// <summary>A local override: the value shown, Jira's value (both canonical text, null = empty) and when the tester set it.</summary>
public sealed record OverrideView(string? Value, string? Jira, DateTimeOffset EditedAt);

/// <summary>One local note.</summary>
public sealed record NoteView(long Id, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
