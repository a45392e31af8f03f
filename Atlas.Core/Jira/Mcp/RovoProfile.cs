using System.Text.Json;
using Atlas.Core.Configuration;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// Atlassian's Rovo MCP server (and servers shaped like it, with <see cref="McpToolNames"/> renaming the tools): every
/// Jira tool takes the site's <c>cloudId</c>; search pages follow Jira's <c>nextPageToken</c>.
/// </summary>
internal sealed class RovoProfile(JiraOptions jira, McpToolNames tools) : McpJiraProfile
{
    private string? _cloudId;

    public override async Task<JiraMyself> GetMyselfAsync(McpConnection mcp, CancellationToken cancellationToken)
    {
        const string operation = "the account lookup";
        var me = Checked(await mcp.CallAsync(tools.UserInfo, new Dictionary<string, object?>(), operation, cancellationToken), JsonValueKind.Object, operation);
        var accountId = McpUserInfo.Text(me, "account_id", "accountId");
        var timeZone = McpUserInfo.Text(me, "zoneinfo", "timeZone") ?? jira.Mcp.TimeZone;
        if (string.IsNullOrWhiteSpace(accountId) || string.IsNullOrWhiteSpace(timeZone))
        {
            throw new JiraResponseException($"The MCP tool '{tools.UserInfo}' does not give the {(string.IsNullOrWhiteSpace(accountId) ? "account id" : "account's time zone")} Atlas needs"
                + (string.IsNullOrWhiteSpace(accountId) ? "." : ": set Atlas:Jira:Mcp:TimeZone to the Jira profile's time zone (e.g. Europe/Berlin)."));
        }

        return new JiraMyself(accountId, McpUserInfo.Text(me, "name", "displayName") ?? accountId, McpUserInfo.Text(me, "email", "emailAddress"), timeZone, McpUserInfo.Text(me, "locale"));
    }

    public override async Task<JsonElement?> GetIssueAsync(McpConnection mcp, string idOrKey, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var operation = $"the lookup of issue {idOrKey}";
        var arguments = new Dictionary<string, object?> { ["cloudId"] = await CloudIdAsync(mcp, cancellationToken), ["issueIdOrKey"] = idOrKey, ["fields"] = fields.ToArray() };
        var answer = await mcp.CallAsync(tools.GetIssue, arguments, operation, cancellationToken);
        return answer.IsError && McpErrors.IsNotFound(answer) ? null : Checked(answer, JsonValueKind.Object, operation).Clone();
    }

    public override async Task<JiraSearchPage> SearchPageAsync(McpConnection mcp, JiraSearchRequest search, string? token, CancellationToken cancellationToken)
    {
        const string operation = "the JQL search";
        var arguments = new Dictionary<string, object?>
        {
            ["cloudId"] = await CloudIdAsync(mcp, cancellationToken),
            ["jql"] = search.Jql,
            ["fields"] = search.Fields.ToArray(),
            ["maxResults"] = Math.Min(search.MaxResults, LargestToolPage),
        };
        if (token is not null)
        {
            arguments["nextPageToken"] = token;
        }

        var page = Checked(await mcp.CallAsync(tools.Search, arguments, operation, cancellationToken), JsonValueKind.Object, operation);
        return JiraSearchPage.Parse(JsonDocument.Parse(page.GetRawText(), new JsonDocumentOptions { MaxDepth = 512 }), token);
    }

    /// <summary>The configured cloud id, else the accessible site whose URL is <c>Atlas:Jira:BaseUrl</c>'s.</summary>
    private async Task<string> CloudIdAsync(McpConnection mcp, CancellationToken cancellationToken)
    {
        if ((_cloudId ?? jira.Mcp.CloudId) is { Length: > 0 } known)
        {
            return known;
        }

        // Parallel passes may look it up twice at first; the answer is the same, so no lock.
        return _cloudId = await FindCloudIdAsync(mcp, cancellationToken);
    }

    private async Task<string> FindCloudIdAsync(McpConnection mcp, CancellationToken cancellationToken)
    {
        const string operation = "the list of accessible Atlassian sites";
        var sites = Checked(await mcp.CallAsync(tools.Resources, new Dictionary<string, object?>(), operation, cancellationToken), JsonValueKind.Array, operation);
        var host = jira.BaseUrl?.Host;
        var all = sites.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object).ToList();
        var match = all.FirstOrDefault(s => Uri.TryCreate(McpUserInfo.Text(s, "url"), UriKind.Absolute, out var url) && string.Equals(url.Host, host, StringComparison.OrdinalIgnoreCase));
        return McpUserInfo.Text(match, "id")
            ?? throw new JiraResponseException($"None of the sites the MCP server can reach ({string.Join(", ", all.Select(s => McpUserInfo.Text(s, "url")))}) is {jira.BaseUrl}: "
                + "set Atlas:Jira:BaseUrl to one of them, or Atlas:Jira:Mcp:CloudId to the site's cloud id.");
    }
}

/// <summary>Reads the first present string property among several spellings (Rovo's user info uses OpenID names).</summary>
internal static class McpUserInfo
{
    public static string? Text(JsonElement element, params string[] names) =>
        element.ValueKind != JsonValueKind.Object ? null
        : names.Select(n => element.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
