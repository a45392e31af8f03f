using System.Buffers;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>
/// `POST /rest/api/3/issue/bulkfetch`: 1–100 ids/keys, current versions (no search lag), ascending id; missing
/// and hidden issues are simply absent.
/// </summary>
internal static class BulkFetchEndpoint
{
    public const int MaxIssues = 100;

    private static readonly Dictionary<string, BodyKind> BodyProperties = new(StringComparer.Ordinal)
    {
        ["issueIdsOrKeys"] = BodyKind.StringArray,
        ["fields"] = BodyKind.StringArray,
        ["expand"] = BodyKind.StringArray,
        ["properties"] = BodyKind.StringArray,
        ["fieldsByKeys"] = BodyKind.Boolean,
    };

    public static async Task Handle(HttpContext context, SimulatorSite site)
    {
        var body = await RequestBody.ReadAsync(context, "com.atlassian.jira.rest.v2.issue.BulkFetchIssueRequestBean", BodyProperties);
        var requested = body.Strings("issueIdsOrKeys") ?? [];
        if (requested.Count is 0 or > MaxIssues)
        {
            await JiraResponses.Error(context, 400, $"Specify between 1 and {MaxIssues} issue IDs or keys in issueIdsOrKeys; {requested.Count} were given.");
            return;
        }

        var selection = FieldSelection.Parse(body.Strings("fields"), "*navigable");
        await JiraResponses.Bytes(context, 200, Write(site, Find(site, requested), selection));
    }

    private static List<TicketVersion> Find(SimulatorSite site, IReadOnlyList<string> requested) =>
    [
        .. requested.Select(site.Store.Find)
            .Where(r => r is { Hidden: false, Current: not null })
            .Select(r => r!.Current!)
            .DistinctBy(t => t.Id)
            .OrderBy(t => t.Id),
    ];

    private static ReadOnlyMemory<byte> Write(SimulatorSite site, List<TicketVersion> issues, FieldSelection selection)
    {
        var output = new ArrayBufferWriter<byte>(issues.Count * 4096 + 64);
        output.Write("{\"issues\":["u8);
        for (var i = 0; i < issues.Count; i++)
        {
            output.Write(i == 0 ? ""u8 : ","u8);
            IssueJsonWriter.Write(output, site.Renderer.Render(issues[i]), selection, "");
        }

        output.Write("],\"issueErrors\":[]}"u8);
        return output.WrittenMemory;
    }
}
