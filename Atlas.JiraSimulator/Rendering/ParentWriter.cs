using System.Globalization;
using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Writes `parent` and `subtasks`: linked issues with a few of their own fields.</summary>
internal static class ParentWriter
{
    public static void WriteParent(Utf8JsonWriter w, TicketVersion ticket, RenderContext c)
    {
        if (ticket.ParentId is { } id && c.Store.Find(id)?.Current is { } parent)
        {
            WriteLinked(w, parent, c);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    public static void WriteSubtasks(Utf8JsonWriter w, TicketVersion ticket, RenderContext c)
    {
        w.WriteStartArray();
        foreach (var childId in c.Store.ChildrenOf(ticket.Id).Order())
        {
            if (c.Store.Find(childId)?.Current is { } child)
            {
                WriteLinked(w, child, c);
            }
        }

        w.WriteEndArray();
    }

    private static void WriteLinked(Utf8JsonWriter w, TicketVersion linked, RenderContext c)
    {
        var id = linked.Id.ToString(CultureInfo.InvariantCulture);
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("key", linked.Key);
        w.WriteString("self", c.Links.Issue(id));
        w.WriteStartObject("fields");
        w.WriteString("summary", linked.Summary);
        w.WritePropertyName("status");
        IssueFields.Raw(w, c.Fragments.Status(linked.Status));
        w.WritePropertyName("priority");
        IssueFields.Raw(w, c.Fragments.Priority(linked.Priority));
        w.WritePropertyName("issuetype");
        IssueFields.Raw(w, c.Fragments.IssueType(linked.Type));
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
