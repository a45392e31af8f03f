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
    /// <summary>The pre-escaped property name, so rendering 50,000 tickets does not re-encode 45 names each.</summary>
    public JsonEncodedText EncodedId { get; } = JsonEncodedText.Encode(Id);

    /// <summary>Whether the field appears at all; Jira leaves `parent` out of issues that have none.</summary>
    public Func<TicketVersion, bool> IsPresent { get; init; } = static _ => true;
}
