using System.Globalization;
using System.Text.Json.Serialization;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Search;

/// <summary>
/// What <c>search</c> is asked: <c>?jql=&amp;source=&amp;limit=</c> on GET, or the JSON body
/// <c>{"jql": "…", "source": "auto" | "live" | "offline", "limit": 50}</c> on POST (only <c>jql</c> is required).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record SearchRequest
{
    private const string Example = """{"jql": "project = WRKA ORDER BY updated DESC", "source": "auto", "limit": 50}""";

    public string? Jql { get; init; }

    public string? Source { get; init; }

    public int? Limit { get; init; }

    // A limit from the query string is text until checked, so "abc" is answered as a bad limit rather than ignored.
    [JsonIgnore]
    private string? LimitText { get; init; }

    /// <summary>The query and its arguments from the query string (GET) or the body (POST), or the problem to answer with.</summary>
    public static async Task<(string? Jql, SearchArguments? Arguments, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (asked, problem) = HttpMethods.IsPost(request.Method)
            ? await JsonBody.ReadAsync<SearchRequest>(request, Example, cancellationToken)
            : (FromQuery(request), null);
        if (problem is not null)
        {
            return (null, null, ApiProblems.BadRequest(request, "The request body is not a valid search request", problem));
        }

        // The query is passed on as given, not trimmed, so error positions count from the caller's first character.
        if (string.IsNullOrWhiteSpace(asked?.Jql))
        {
            return (null, null, ApiProblems.BadRequest(request, "A JQL query is required", HttpMethods.IsPost(request.Method)
                ? $"The body has no \"jql\"; send an object such as {Example}."
                : "Give the query as ?jql=…, URL-encoded (for example ?jql=project%20%3D%20WRKA)."));
        }

        var (arguments, invalid) = SearchArguments.Parse(request, asked.Source, asked.Limit?.ToString(CultureInfo.InvariantCulture) ?? asked.LimitText);
        return (asked.Jql, arguments, invalid);
    }

    private static SearchRequest FromQuery(HttpRequest request) => new()
    {
        Jql = request.Query["jql"],
        Source = request.Query["source"],
        LimitText = request.Query["limit"],
    };
}
