using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Rendering;
using Atlas.JiraSimulator.Search;

namespace Atlas.JiraSimulator.Api;

/// <summary>`GET` and `POST /rest/api/3/search/jql`: enhanced search with `nextPageToken` paging.</summary>
internal static class SearchJqlEndpoint
{
    private const string Bean = "com.atlassian.jira.rest.v2.search.SearchAndReconcileRequestBean";

    private static readonly Dictionary<string, BodyKind> BodyProperties = new(StringComparer.Ordinal)
    {
        ["jql"] = BodyKind.String,
        ["nextPageToken"] = BodyKind.String,
        ["maxResults"] = BodyKind.Integer,
        ["fields"] = BodyKind.StringArray,
        ["expand"] = BodyKind.String,
        ["properties"] = BodyKind.StringArray,
        ["fieldsByKeys"] = BodyKind.Boolean,
        ["reconcileIssues"] = BodyKind.IntegerArray,
    };

    public static Task Get(HttpContext context, SimulatorSite site)
    {
        var q = context.Request;
        var request = new SearchRequest(QueryParameters.Text(q, "jql"), QueryParameters.Text(q, "nextPageToken"),
            QueryParameters.Int(q, "maxResults"), FieldSelection.Parse(q.Query["fields"], "id"),
            QueryParameters.Text(q, "expand"), QueryParameters.Longs(q, "reconcileIssues"));
        return Respond(context, site, request);
    }

    public static async Task Post(HttpContext context, SimulatorSite site)
    {
        var body = await RequestBody.ReadAsync(context, Bean, BodyProperties);
        var request = new SearchRequest(body.String("jql"), body.String("nextPageToken"), body.Int("maxResults"),
            FieldSelection.Parse(body.Strings("fields"), "id"), body.String("expand"), body.Longs("reconcileIssues"));
        await Respond(context, site, request);
    }

    private static async Task Respond(HttpContext context, SimulatorSite site, SearchRequest request)
    {
        switch (site.Search.Search(request))
        {
            case SearchPage page:
                await JiraResponses.Stream(context, 200, output => SearchResponseWriter.Write(output, site, page, request.Fields, request.Expand));
                RenderNextPageInBackground(site, page, request.Fields);
                break;
            case SearchFailure failure:
                await JiraResponses.Errors(context, 400, failure.Messages);
                break;
        }
    }

    /// <summary>
    /// While the client reads and parses this page, render the next one, so a full sync's first pass costs about
    /// one transfer per page rather than a transfer plus a render.
    /// </summary>
    private static void RenderNextPageInBackground(SimulatorSite site, SearchPage page, FieldSelection fields)
    {
        if (fields.IdsOnly || page.NextPageToken is null)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            foreach (var ticket in page.Upcoming.Where(t => t.Caches.Rendered is null))
            {
                site.Renderer.Render(ticket);
            }
        });
    }
}
