using System.Text.Json.Serialization;

namespace Atlas.Core.Tickets;

/// <summary>A Jira issue as Atlas keeps it: the synced fields, read-only towards Jira.</summary>
public sealed record Ticket
{
    /// <summary>Jira's numeric issue id; it survives moves between projects, unlike the key.</summary>
    public required long Id { get; init; }

    public required string Key { get; init; }

    /// <summary>The project key, e.g. <c>WRKA</c>.</summary>
    public required string Project { get; init; }

    public required string Summary { get; init; }

    /// <summary>The description as readable plain text (converted from Atlassian Document Format).</summary>
    public string? Description { get; init; }

    public required string Status { get; init; }

    /// <summary>Jira's status category key: <c>new</c>, <c>indeterminate</c> or <c>done</c>.</summary>
    public required string StatusCategory { get; init; }

    public string? Priority { get; init; }

    public required string IssueType { get; init; }

    public TicketUser? Assignee { get; init; }

    public TicketUser? Reporter { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public IReadOnlyList<string> Components { get; init; } = [];

    public IReadOnlyList<string> FixVersions { get; init; } = [];

    /// <summary>When Jira says the issue was created, with the offset Jira rendered it in.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>Jira's last-update instant; the sync watermark is built from these server values.</summary>
    public required DateTimeOffset Updated { get; init; }

    public string? Resolution { get; init; }

    public DateTimeOffset? ResolutionDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? ParentKey { get; init; }

    public string? Environment { get; init; }

    /// <summary>The description exactly as Jira sent it (ADF JSON), kept so nothing is lost in conversion.</summary>
    [JsonIgnore]
    public string? DescriptionAdf { get; init; }

    /// <summary>The whole issue JSON as Jira sent it (custom fields included).</summary>
    [JsonIgnore]
    public string RawJson { get; init; } = "{}";

    /// <summary>A hash of the synced content, to skip rewriting tickets that did not change.</summary>
    [JsonIgnore]
    public string ContentHash { get; init; } = "";
}

/// <summary>A Jira user as shown on a ticket.</summary>
public sealed record TicketUser(string AccountId, string DisplayName);
