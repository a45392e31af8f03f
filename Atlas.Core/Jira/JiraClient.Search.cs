using System.Runtime.CompilerServices;

namespace Atlas.Core.Jira;

internal sealed partial class JiraClient
{
    private const string SearchPath = "rest/api/3/search/jql";
    private const string SearchOperation = "the JQL search";

    /// <summary>
    /// Pages through <c>POST /rest/api/3/search/jql</c>, following <c>nextPageToken</c> until <c>isLast</c>, resending the
    /// identical JQL and fields with each token. Pages stream: each is disposed when the caller asks for the next one.
    /// </summary>
    public async IAsyncEnumerable<JiraSearchPage> SearchAsync(JiraSearchRequest search, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        search.Validate();
        var token = search.NextPageToken;
        while (true)
        {
            using var page = await FetchPageAsync(search, token, cancellationToken);
            JiraLog.SearchPage(logger, page.Issues.Count, page.IsLast);
            yield return page;
            if (page.IsLast)
            {
                yield break;
            }

            token = page.NextPageToken;
        }
    }

    /// <summary>Jira's estimate of how many issues <paramref name="jql"/> matches (<c>POST search/approximate-count</c>).</summary>
    public async Task<long> ApproximateCountAsync(string jql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jql);
        const string operation = "the approximate issue count";
        using var request = Post("rest/api/3/search/approximate-count", new JqlBody(jql), JiraJsonContext.Default.JqlBody);
        using var response = await SendAsync(request, operation, notFoundIsEmpty: false, cancellationToken);
        return (await ReadAsync(response!, JiraJsonContext.Default.ApproximateCountWire, operation, cancellationToken)).Count;
    }

    async Task<long?> IJiraApi.CountAsync(string jql, CancellationToken cancellationToken) => await ApproximateCountAsync(jql, cancellationToken);

    /// <summary>Jira's strict verdict on each query, in the order given (<c>POST jql/parse?validation=strict</c>).</summary>
    public async Task<IReadOnlyList<JqlParseResult>> ParseJqlAsync(IReadOnlyList<string> queries, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(queries.Count);
        const string operation = "the JQL check";
        using var request = Post("rest/api/3/jql/parse?validation=strict", new JqlParseBody(queries), JiraJsonContext.Default.JqlParseBody);
        using var response = await SendAsync(request, operation, notFoundIsEmpty: false, cancellationToken);
        var parsed = await ReadAsync(response!, JiraJsonContext.Default.JqlParseWire, operation, cancellationToken);
        return (parsed.Queries ?? []).Select((q, i) => new JqlParseResult(q.Query ?? queries.ElementAtOrDefault(i) ?? "", q.Errors ?? [], q.Warnings ?? [])).ToList();
    }

    private async Task<JiraSearchPage> FetchPageAsync(JiraSearchRequest search, string? token, CancellationToken cancellationToken)
    {
        var reconcile = search.ReconcileIssues.Count > 0 ? search.ReconcileIssues : null;
        var body = new SearchBody(search.Jql, search.Fields, search.MaxResults, token, reconcile);
        using var request = Post(SearchPath, body, JiraJsonContext.Default.SearchBody);
        using var response = await SendAsync(request, SearchOperation, notFoundIsEmpty: false, cancellationToken);
        var document = await ReadDocumentAsync(response!, SearchOperation, cancellationToken);
        return Logged(() => JiraSearchPage.Parse(document, token));
    }

    private T Logged<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (JiraException exception)
        {
            throw Logged(exception);
        }
    }
}
