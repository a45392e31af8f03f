using System.Text.Json.Nodes;

namespace Atlas.JiraSimulator;

/// <summary>
/// An edit of a ticket through the control API; null leaves a field alone, "" clears it. Every edit sets
/// `updated` to the server clock and records status, assignee, priority and resolution changes in the changelog.
/// </summary>
public sealed record TicketUpdate
{
    public string? Summary { get; init; }

    /// <summary>Plain text; paragraphs split on blank lines, rendered as ADF.</summary>
    public string? Description { get; init; }

    public string? Environment { get; init; }

    /// <summary>Status name or id. Moving into a done status sets resolution Done (unless given); out of one clears it.</summary>
    public string? Status { get; init; }

    public string? Priority { get; init; }

    /// <summary>Resolution name or id; "" clears it.</summary>
    public string? Resolution { get; init; }

    /// <summary>Account id, display name or email; "" unassigns.</summary>
    public string? Assignee { get; init; }

    public string? Reporter { get; init; }

    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Component names of the ticket's project.</summary>
    public IReadOnlyList<string>? Components { get; init; }

    /// <summary>Version names of the ticket's project.</summary>
    public IReadOnlyList<string>? FixVersions { get; init; }

    /// <summary>`yyyy-MM-dd`; "" clears it.</summary>
    public string? DueDate { get; init; }

    /// <summary>Key or id of the parent; "" removes the parent.</summary>
    public string? Parent { get; init; }

    /// <summary>
    /// Custom fields by id (`customfield_10016`) or name (`Story Points`): a number, an option value, an array of
    /// option values, an account id, text, `yyyy-MM-dd`, or sprint ids/names; null clears.
    /// </summary>
    public IReadOnlyDictionary<string, JsonNode?>? CustomFields { get; init; }

    /// <summary>Who made the change (account id, name or email); the API user by default.</summary>
    public string? Author { get; init; }
}
