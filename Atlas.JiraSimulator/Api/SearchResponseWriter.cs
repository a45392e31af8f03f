using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Rendering;
using Atlas.JiraSimulator.Search;

namespace Atlas.JiraSimulator.Api;

/// <summary>Writes `SearchAndReconcileResults`: issues, `nextPageToken` (absent on the last page), `isLast`.</summary>
internal static class SearchResponseWriter
{
    /// <summary>
    /// Streams the page into <paramref name="output"/> (the response's pipe): large pages never become one big
    /// array, which would land on the large-object heap and trigger full collections.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, SimulatorSite site, SearchPage page, FieldSelection selection, string? expand)
    {
        if (!selection.IdsOnly)
        {
            RenderAhead(site, page.Issues);
        }

        output.Write("{\"issues\":["u8);
        for (var i = 0; i < page.Issues.Count; i++)
        {
            output.Write(i == 0 ? ""u8 : ","u8);
            if (selection.IdsOnly)
            {
                WriteIdOnly(output, page.Issues[i].Id);
            }
            else
            {
                IssueJsonWriter.Write(output, site.Renderer.Render(page.Issues[i]), selection, "");
            }
        }

        output.Write("],"u8);
        output.Write(Tail(page, selection, Expansions(expand)));
        output.Write("}"u8);
    }

    /// <summary>
    /// Renders what the background pre-render (<see cref="SearchJqlEndpoint"/>) has not reached yet, walking the
    /// page from its end so the two meet in the middle instead of rendering the same tickets twice.
    /// </summary>
    private static void RenderAhead(SimulatorSite site, IReadOnlyList<TicketVersion> issues)
    {
        for (var i = issues.Count - 1; i >= 0; i--)
        {
            if (issues[i].Caches.Rendered is null)
            {
                site.Renderer.Render(issues[i]);
            }
        }
    }

    /// <summary>`{"id":"10001"}` without rendering the ticket: id-only pages are the census's hot path.</summary>
    private static void WriteIdOnly(IBufferWriter<byte> output, long id)
    {
        output.Write("{\"id\":\""u8);
        var span = output.GetSpan(20);
        id.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
        output.Write("\"}"u8);
    }

    private static byte[] Tail(SearchPage page, FieldSelection selection, HashSet<string> expand)
    {
        var json = JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            if (page.NextPageToken is not null)
            {
                w.WriteString("nextPageToken", page.NextPageToken);
            }

            w.WriteBoolean("isLast", page.NextPageToken is null);
            WriteExpansions(w, selection, expand);
            w.WriteEndObject();
        });
        return json[1..^1];
    }

    private static void WriteExpansions(Utf8JsonWriter w, FieldSelection selection, HashSet<string> expand)
    {
        if (expand.Contains("names"))
        {
            IssueExtras.Names(w, selection);
        }

        if (expand.Contains("schema"))
        {
            IssueExtras.Schema(w, selection);
        }
    }

    private static HashSet<string> Expansions(string? expand) =>
        new((expand ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
