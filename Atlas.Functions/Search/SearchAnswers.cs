using Atlas.Core.Search;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Search;

/// <summary>
/// A search's answer over HTTP, for <c>search</c> and the template runs: 200 with the results (the <c>atlas search --json</c>
/// shape; <c>source: "cache"</c> and <c>stale: true</c> when Jira was down and the cache answered); 400 for invalid JQL,
/// naming the position; 422 when only Jira can answer and the cache was asked; 503 when Jira was needed and is down,
/// or the cache was asked and has never been synced.
/// </summary>
internal static class SearchAnswers
{
    public static IResult From(SearchResponse response, string jql, SearchSource source, HttpRequest request) => response switch
    {
        { Results: { } results } => ApiResults.Json(results),
        { Outcome: SearchOutcome.Invalid } => Invalid(response, jql, request),
        { Outcome: SearchOutcome.NeedsJira } => Problem(request, StatusCodes.Status422UnprocessableEntity, "needs-jira", "This query needs Jira", response, jql),
        { Outcome: SearchOutcome.NoCache } => ApiProblems.Create(
            request,
            StatusCodes.Status503ServiceUnavailable,
            "not-synced",
            "The local cache has not been synced yet",
            "The local cache cannot answer before the first sync: start one with POST sync, or ask with source=live."),
        _ => Problem(request, StatusCodes.Status503ServiceUnavailable, "jira-unreachable", "Jira cannot be reached", response, jql, source == SearchSource.Live
            ? " Ask with source=auto or source=offline for the local cache's answer."
            : ""),
    };

    private static IResult Invalid(SearchResponse response, string jql, HttpRequest request)
    {
        var title = response.Message?.StartsWith("Jira refused", StringComparison.Ordinal) == true ? "Jira refused the query" : "The query is not valid JQL";
        var first = response.Errors.Count > 0 ? response.Errors[0] : null;
        var where = first is null ? "" : $" {JqlProblems.Where(first, jql)}";
        var detail = first is null ? HostWording.Of(response.Message) : $"{HostWording.Of(first.Message)}{where}";
        return JqlProblems.Create(request, StatusCodes.Status400BadRequest, "invalid-jql", title, detail, response.Errors, jql);
    }

    private static IResult Problem(HttpRequest request, int status, string type, string title, SearchResponse response, string jql, string hint = "") =>
        JqlProblems.Create(request, status, type, title, HostWording.Of(response.Message) + hint, response.Errors, jql);
}
