using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>The small fixed-shape fields (watches, votes, progress, empty comment and worklog pages).</summary>
internal static class Counters
{
    public static void Watches(Utf8JsonWriter w, TicketVersion t, RenderContext c)
    {
        w.WriteStartObject();
        w.WriteString("self", c.Links.Issue(t.Key) + "/watchers");
        w.WriteNumber("watchCount", 1 + (int)(t.Id % 3));
        w.WriteBoolean("isWatching", false);
        w.WriteEndObject();
    }

    public static void Votes(Utf8JsonWriter w, TicketVersion t, RenderContext c)
    {
        w.WriteStartObject();
        w.WriteString("self", c.Links.Issue(t.Key) + "/votes");
        w.WriteNumber("votes", 0);
        w.WriteBoolean("hasVoted", false);
        w.WriteEndObject();
    }

    public static void Progress(Utf8JsonWriter w, TicketVersion t, RenderContext c)
    {
        w.WriteStartObject();
        w.WriteNumber("progress", 0);
        w.WriteNumber("total", 0);
        w.WriteEndObject();
    }

    public static void Comments(Utf8JsonWriter w, TicketVersion t, RenderContext c)
    {
        w.WriteStartObject();
        w.WriteStartArray("comments");
        w.WriteEndArray();
        w.WriteString("self", c.Links.Issue(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "/comment");
        w.WriteNumber("maxResults", 0);
        w.WriteNumber("total", 0);
        w.WriteNumber("startAt", 0);
        w.WriteEndObject();
    }

    public static void Worklog(Utf8JsonWriter w, TicketVersion t, RenderContext c)
    {
        w.WriteStartObject();
        w.WriteNumber("startAt", 0);
        w.WriteNumber("maxResults", 20);
        w.WriteNumber("total", 0);
        w.WriteStartArray("worklogs");
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
