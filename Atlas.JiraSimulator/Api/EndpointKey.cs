namespace Atlas.JiraSimulator.Api;

internal static class EndpointKey
{
    /// <summary>`METHOD /route/template` of the matched endpoint, or `METHOD /actual/path` when none matched.</summary>
    public static string Of(HttpContext context)
    {
        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        var path = pattern is null || pattern.Contains("**", StringComparison.Ordinal) ? context.Request.Path.Value : pattern;
        return $"{context.Request.Method} {path}";
    }
}
