using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Search;

namespace Atlas.JiraSimulator.Api;

/// <summary>`POST /rest/api/3/search/approximate-count`: `{"count": n}` over what search currently sees.</summary>
internal static class ApproximateCountEndpoint
{
    private static readonly Dictionary<string, BodyKind> BodyProperties = new(StringComparer.Ordinal) { ["jql"] = BodyKind.String };

    public static async Task Handle(HttpContext context, SimulatorSite site)
    {
        var body = await RequestBody.ReadAsync(context, "com.atlassian.jira.rest.v2.search.JQLCountRequestBean", BodyProperties);
        var (query, errors) = BoundedQuery.Prepare(body.String("jql"), site.Search.Environment());
        if (query is null)
        {
            await JiraResponses.Errors(context, 400, errors);
            return;
        }

        var count = site.Search.Count(query);
        await JiraResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("count", count);
            w.WriteEndObject();
        });
    }
}
