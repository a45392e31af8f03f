using System.Text.Json;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>`GET /rest/api/3/field`: every field with its JQL clause names, so clients can map custom fields by name.</summary>
internal static class FieldsEndpoint
{
    public static Task Handle(HttpContext context) => JiraResponses.Json(context, 200, w =>
    {
        w.WriteStartArray();
        foreach (var field in IssueFields.All)
        {
            Write(w, field);
        }

        w.WriteEndArray();
    });

    private static void Write(Utf8JsonWriter w, IssueField field)
    {
        var custom = field.Schema.CustomId is not null;
        w.WriteStartObject();
        w.WriteString("id", field.Id);
        w.WriteString("key", field.Id);
        w.WriteString("name", field.Name);
        w.WriteBoolean("custom", custom);
        w.WriteBoolean("orderable", true);
        w.WriteBoolean("navigable", field.Navigable);
        w.WriteBoolean("searchable", true);
        w.WriteStartArray("clauseNames");
        foreach (var name in custom ? [$"cf[{field.Schema.CustomId}]", field.Name] : new[] { field.Id })
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WritePropertyName("schema");
        IssueExtras.WriteSchema(w, field.Schema);
        w.WriteEndObject();
    }
}
