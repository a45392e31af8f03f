using System.Globalization;
using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>What `expand` adds to an issue or a search page: `names`, `schema` and (issue only) `changelog`.</summary>
internal static class IssueExtras
{
    public static void Names(Utf8JsonWriter w, FieldSelection selection)
    {
        w.WriteStartObject("names");
        foreach (var field in IssueFields.All.Where(selection.Includes))
        {
            w.WriteString(field.Id, field.Name);
        }

        w.WriteEndObject();
    }

    public static void Schema(Utf8JsonWriter w, FieldSelection selection)
    {
        w.WriteStartObject("schema");
        foreach (var field in IssueFields.All.Where(selection.Includes))
        {
            w.WritePropertyName(field.Id);
            WriteSchema(w, field.Schema);
        }

        w.WriteEndObject();
    }

    /// <summary>A `JsonTypeBean`.</summary>
    public static void WriteSchema(Utf8JsonWriter w, FieldSchema schema)
    {
        w.WriteStartObject();
        w.WriteString("type", schema.Type);
        WriteIfSet(w, "items", schema.Items);
        WriteIfSet(w, "system", schema.System);
        WriteIfSet(w, "custom", schema.Custom);
        if (schema.CustomId is { } id)
        {
            w.WriteNumber("customId", id);
        }

        w.WriteEndObject();
    }

    /// <summary>`PageOfChangelogs`, newest first as the spec describes; empty from/to values are left out (the spec types them as strings).</summary>
    public static void Changelog(Utf8JsonWriter w, TicketVersion ticket, RenderContext context)
    {
        var histories = ticket.History.OrderByDescending(g => g.Created).ThenByDescending(g => g.Id).ToList();
        w.WriteStartObject("changelog");
        w.WriteNumber("startAt", 0);
        w.WriteNumber("maxResults", histories.Count);
        w.WriteNumber("total", histories.Count);
        w.WriteStartArray("histories");
        foreach (var group in histories)
        {
            WriteGroup(w, group, context);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, ChangeGroup group, RenderContext context)
    {
        w.WriteStartObject();
        w.WriteString("id", group.Id.ToString(CultureInfo.InvariantCulture));
        w.WritePropertyName("author");
        IssueFields.Raw(w, context.Fragments.User(group.Author));
        w.WriteString("created", context.Time(group.Created));
        w.WriteStartArray("items");
        foreach (var item in group.Items)
        {
            w.WriteStartObject();
            w.WriteString("field", item.Field);
            w.WriteString("fieldtype", "jira");
            w.WriteString("fieldId", item.Field);
            WriteIfSet(w, "from", item.From);
            WriteIfSet(w, "fromString", item.FromText);
            WriteIfSet(w, "to", item.To);
            WriteIfSet(w, "toString", item.ToText);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
