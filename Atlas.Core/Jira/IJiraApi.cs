using System.Text.Json;

namespace Atlas.Core.Jira;

/// <summary>
/// The Jira reads Atlas's features make, whichever way they travel: REST v3 (<see cref="JiraClient"/>) or the tools of an
/// MCP server (<see cref="Mcp.McpJiraClient"/>, when <c>Atlas:Jira:UseMcp</c> is true). Both hand back Jira's raw issue
/// JSON, so the same mapper, store and sync logic apply.
/// </summary>
internal interface IJiraApi
{
    /// <summary>How Atlas reaches Jira, in words for the health check (e.g. "REST v3 at https://…").</summary>
    string Transport { get; }

    /// <inheritdoc cref="JiraClient.GetMyselfAsync"/>
    Task<JiraMyself> GetMyselfAsync(CancellationToken cancellationToken = default);

    /// <inheritdoc cref="JiraClient.SearchAsync"/>
    IAsyncEnumerable<JiraSearchPage> SearchAsync(JiraSearchRequest search, CancellationToken cancellationToken = default);

    /// <summary>Jira's estimate of how many issues <paramref name="jql"/> matches; null when the transport cannot tell.</summary>
    Task<long?> CountAsync(string jql, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="JiraClient.BulkFetchAsync"/>
    Task<IReadOnlyList<JsonElement>> BulkFetchAsync(IReadOnlyCollection<string> idsOrKeys, IReadOnlyList<string>? fields = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="JiraClient.GetIssueAsync"/>
    Task<JsonElement?> GetIssueAsync(string idOrKey, IReadOnlyList<string>? fields = null, CancellationToken cancellationToken = default);
}
