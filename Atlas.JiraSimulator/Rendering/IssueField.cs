using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>
/// One issue field as the REST API returns it: its id, display name (`expand=names`), schema, whether it is
/// navigable (returned by `*navigable`), and how to write its value.
/// </summary>
internal sealed record IssueField(
    string Id,
    string Name,
    bool Navigable,
    FieldSchema Schema,
    Action<Utf8JsonWriter, TicketVersion, RenderContext> Write)
{
    /// <summary>Whether the field appears at all; Jira leaves `parent` out of issues that have none.</summary>
    public Func<TicketVersion, bool> IsPresent { get; init; } = static _ => true;
}
