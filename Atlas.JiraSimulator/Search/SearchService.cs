using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Jql.Semantics;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Store;

namespace Atlas.JiraSimulator.Search;

/// <summary>
/// Enhanced search: validates the query, caps the page size (large when only id/key is asked for), resumes after
/// the token's cursor and issues the next token — with no total, as Jira does.
/// </summary>
internal sealed class SearchService(JiraCatalog catalog, TicketStore store, SearchEngine engine, SimulatorSettings settings, SimulatorClock clock, UserProfile profile)
{
    public const int MaxReconcileIssues = 50;
    private const string BadToken = "The provided nextPageToken is invalid or has expired.";

    public JqlEnvironment Environment() => new(catalog, store, profile.Settings, clock.Now);

    /// <summary>What approximate-count reports: the matches search currently sees (lag included).</summary>
    public int Count(CompiledQuery query) => engine.Count(query);

    public SearchOutcome Search(SearchRequest request)
    {
        if (request.ReconcileIssues.Count > MaxReconcileIssues)
        {
            return new SearchFailure([$"reconcileIssues accepts at most {MaxReconcileIssues} issue ids."]);
        }

        var (query, errors) = BoundedQuery.Prepare(request.Jql, Environment());
        if (query is null)
        {
            return new SearchFailure(errors);
        }

        var pageSize = PageSize(request);
        var binding = PageToken.Binding(request.Jql!, request.Fields.Canonical, request.MaxResults ?? 50);
        PageCursor? cursor = null;
        if (!string.IsNullOrEmpty(request.NextPageToken) && (cursor = PageToken.Read(request.NextPageToken, binding, clock.Now)) is null)
        {
            return new SearchFailure([BadToken]);
        }

        var result = engine.Run(request.Jql!, query, request.ReconcileIssues.ToHashSet());
        return Page(result, cursor is null ? 0 : result.IndexAfter(cursor), pageSize, binding);
    }

    private SearchPage Page(SearchResult result, int start, int size, string binding)
    {
        var end = Math.Min(result.Items.Length, start + size);
        var issues = result.Items[start..end];
        var next = end < result.Items.Length && end > start
            ? PageToken.Create(binding, new PageCursor(result.Keys[end - 1], result.Items[end - 1].Id), clock.Now)
            : null;
        return new SearchPage(issues, next, result.Items[end..Math.Min(result.Items.Length, end + size)]);
    }

    private int PageSize(SearchRequest request)
    {
        var cap = request.Fields.IdOrKeyOnly ? settings.IdPageCap : settings.FullPageCap;
        return Math.Clamp(request.MaxResults ?? 50, 1, cap);
    }
}
