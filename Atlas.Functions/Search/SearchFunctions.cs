using Atlas.Core.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Search;

/// <summary>
/// <c>GET search?jql=&amp;source=&amp;limit=</c> and <c>POST search</c> (<c>{"jql", "source", "limit"}</c>), as
/// <c>atlas search</c>; answered by <see cref="SearchAnswers"/>.
/// </summary>
public sealed class SearchFunctions(SearchService search)
{
    [Function("Search")]
    public async Task<IResult> SearchAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "search")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (jql, arguments, problem) = await SearchRequest.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var response = await search.SearchAsync(jql, arguments!.Source, arguments.Limit, cancellationToken);
        return SearchAnswers.From(response, jql!, arguments.Source, request);
    }
}
