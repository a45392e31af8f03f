namespace Atlas.JiraSimulator.Api;

/// <summary>The legacy `/rest/api/{2,3}/search` endpoints: removed by Atlassian (CHANGE-2046), now HTTP 410.</summary>
internal static class RemovedSearchEndpoint
{
    public const string Message = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";

    public static Task Handle(HttpContext context) => JiraResponses.Error(context, 410, Message);
}
