using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// Atlas's Jira reads answered by an MCP server's tools (<c>Atlas:Jira:UseMcp=true</c>). The tools hand back Jira's raw
/// issue JSON, so tickets, sync, cache and JQL behave as over REST. No approximate count (progress has no total) and no
/// <c>reconcileIssues</c> (the sync's overlap window still catches lagging search results).
/// </summary>
internal sealed class McpJiraClient : IJiraApi
{
    private readonly McpConnection _mcp;
    private readonly McpJiraProfile _profile;

    public McpJiraClient(McpConnection mcp, IOptions<AtlasOptions> options)
    {
        _mcp = mcp;
        _profile = McpJiraProfile.For(options.Value.Jira);
        _mcp.DefaultEnvironment = _profile.DefaultEnvironment;
    }

    public string Transport => _mcp.Server;

    public Task<JiraMyself> GetMyselfAsync(CancellationToken cancellationToken = default) => _profile.GetMyselfAsync(_mcp, cancellationToken);

    public async IAsyncEnumerable<JiraSearchPage> SearchAsync(JiraSearchRequest search, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        search.Validate();
        var token = search.NextPageToken;
        while (true)
        {
            using var page = await _profile.SearchPageAsync(_mcp, search, token, cancellationToken);
            yield return page;
            if (page.IsLast)
            {
                yield break;
            }

            token = page.NextPageToken;
        }
    }

    public Task<long?> CountAsync(string jql, CancellationToken cancellationToken = default) => Task.FromResult<long?>(null);

    /// <summary>No MCP server offers a bulk fetch: a search for <c>id in (…)</c> does the same in pages.</summary>
    public async Task<IReadOnlyList<JsonElement>> BulkFetchAsync(IReadOnlyCollection<string> idsOrKeys, IReadOnlyList<string>? fields = null, CancellationToken cancellationToken = default)
    {
        var issues = new List<JsonElement>(idsOrKeys.Count);
        foreach (var batch in idsOrKeys.Chunk(JiraClient.BulkFetchBatch))
        {
            var search = new JiraSearchRequest { Jql = $"{InClause(batch)} ORDER BY id ASC", Fields = fields ?? JiraFields.Stored, MaxResults = JiraClient.BulkFetchBatch };
            await foreach (var page in SearchAsync(search, cancellationToken))
            {
                issues.AddRange(page.Issues.Select(issue => issue.Clone()));
            }
        }

        return issues;
    }

    public Task<JsonElement?> GetIssueAsync(string idOrKey, IReadOnlyList<string>? fields = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrKey);
        return _profile.GetIssueAsync(_mcp, idOrKey, fields ?? JiraFields.Stored, cancellationToken);
    }

    // Ids are digits and keys are PROJ-123; anything else would be unsafe inside JQL and is refused.
    private static string InClause(string[] batch)
    {
        var bad = batch.FirstOrDefault(v => !v.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        return bad is null
            ? (batch.All(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)) ? "id" : "key") + $" in ({string.Join(", ", batch)})"
            : throw new ArgumentException($"'{bad}' is not an issue id or key.", nameof(batch));
    }
}
