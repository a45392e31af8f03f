namespace Atlas.JiraSimulator.Api;

/// <summary>The Jira REST endpoints the simulator serves, at Jira's exact paths.</summary>
internal static class RestRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/rest/api/3/myself", MyselfEndpoint.Handle);
        app.MapGet("/rest/api/3/project/search", ProjectSearchEndpoint.Handle);
        app.MapGet("/rest/api/3/field", FieldsEndpoint.Handle);
        app.MapGet("/rest/api/3/issue/{issueIdOrKey}", IssueEndpoint.Handle);
        app.MapGet("/rest/api/3/search/jql", SearchJqlEndpoint.Get);
        app.MapPost("/rest/api/3/search/jql", SearchJqlEndpoint.Post);
        app.MapPost("/rest/api/3/search/approximate-count", ApproximateCountEndpoint.Handle);
        app.MapPost("/rest/api/3/issue/bulkfetch", BulkFetchEndpoint.Handle);
        app.MapPost("/rest/api/3/jql/parse", JqlParseEndpoint.Handle);
        app.MapMethods("/rest/api/2/search", ["GET", "POST"], RemovedSearchEndpoint.Handle);
        app.MapMethods("/rest/api/3/search", ["GET", "POST"], RemovedSearchEndpoint.Handle);
        app.Map("/rest/{**path}", (HttpContext context) =>
            JiraResponses.Error(context, 404, $"No Jira REST resource at {context.Request.Method} {context.Request.Path}."));
    }

    public static bool IsRest(HttpContext context) => context.Request.Path.StartsWithSegments("/rest", StringComparison.Ordinal);
}
