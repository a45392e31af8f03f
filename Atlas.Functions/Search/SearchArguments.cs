using Atlas.Core.Search;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Search;

/// <summary>Where a search answers from and how many tickets it shows; shared by <c>search</c> and the template runs.</summary>
internal sealed record SearchArguments(SearchSource Source, int Limit)
{
    /// <summary>The arguments, or the problem naming the first value that is not acceptable.</summary>
    public static (SearchArguments? Arguments, IResult? Problem) Parse(HttpRequest request, string? source, string? limit)
    {
        if (QueryValues.SearchSource(source) is not { } parsedSource)
        {
            return (null, ApiProblems.BadRequest(request, "The source must be auto, live or offline", $"'{source}' is not a source; use source=auto (the default: Jira, else the local cache), live (Jira only) or offline (the local cache only)."));
        }

        return QueryValues.Limit(limit, SearchService.DefaultLimit, SearchService.MaxLimit) is { } parsedLimit
            ? (new SearchArguments(parsedSource, parsedLimit), null)
            : (null, ApiProblems.BadRequest(request, $"The limit must be a whole number from 1 to {SearchService.MaxLimit}", $"'{limit}' is not such a number."));
    }
}
