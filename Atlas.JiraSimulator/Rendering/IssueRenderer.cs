using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Store;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Renders ticket versions to JSON once per version and time zone, then serves the cached bytes.</summary>
internal sealed class IssueRenderer(Fragments fragments, TicketStore store, UserProfile profile)
{
    /// <summary>Per-thread scratch space: rendering copies the finished bytes out, so the buffer is reused.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratch;

    public SiteLinks Links => fragments.Links;

    public RenderedIssue Render(TicketVersion ticket)
    {
        var settings = profile.Settings;
        var stamp = store.FamilyStamp(ticket);
        if (ticket.Caches.Rendered is RenderedIssue cached && cached.ZoneId == settings.TimeZoneId && cached.FamilyStamp == stamp)
        {
            return cached;
        }

        var rendered = Build(ticket, new RenderContext(fragments, settings.Zone, store), settings.TimeZoneId, stamp);
        ticket.Caches.Rendered = rendered;
        return rendered;
    }

    private RenderedIssue Build(TicketVersion ticket, RenderContext context, string zoneId, long stamp)
    {
        var id = ticket.Id.ToString(CultureInfo.InvariantCulture);
        var key = ticket.Corruption == TicketCorruption.MalformedKey ? $"{ticket.Project.Key.ToLowerInvariant()}_{ticket.Number}!" : ticket.Key;
        var (fields, spans, navigableEnd) = BuildFields(ticket, context);
        return new RenderedIssue
        {
            ZoneId = zoneId,
            FamilyStamp = stamp,
            Head = HeadBytes(id, Links.Issue(id), key),
            Fields = fields,
            Spans = spans,
            NavigableEnd = navigableEnd,
        };
    }

    private static (byte[] Fields, FieldSpan[] Spans, int NavigableEnd) BuildFields(TicketVersion ticket, RenderContext context)
    {
        var buffer = _scratch ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var spans = new List<FieldSpan>(IssueFields.All.Count);
        var navigableEnd = 1;
        using (var w = new Utf8JsonWriter(buffer, JsonWriting.Options))
        {
            w.WriteStartObject();
            foreach (var field in IssueFields.All.Where(f => f.IsPresent(ticket) && !CorruptionWriter.Omits(ticket, f)))
            {
                var start = (int)(w.BytesCommitted + w.BytesPending);
                w.WritePropertyName(field.EncodedId);
                CorruptionWriter.Write(w, field, ticket, context);
                var end = (int)(w.BytesCommitted + w.BytesPending);
                spans.Add(new FieldSpan(field, start, end));
                navigableEnd = field.Navigable ? end : navigableEnd;
            }

            w.WriteEndObject();
        }

        var fields = buffer.WrittenSpan.ToArray();
        return (fields, [.. spans.Select(s => fields[s.Start] == ',' ? s with { Start = s.Start + 1 } : s)], navigableEnd);
    }

    private static byte[] HeadBytes(string id, string self, string key)
    {
        var json = JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("self", self);
            w.WriteString("key", key);
            w.WriteEndObject();
        });
        return json[1..^1];
    }
}
