using System.Globalization;
using System.Text.Json;
using Atlas.Core.Configuration;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// <c>@nexus2520/jira-mcp-server</c> (npm): <c>jira_search {action:"issues"}</c> returns Jira's raw issues in its
/// structured content but ignores <c>nextPageToken</c>, so Atlas pages by id (<see cref="KeysetJql"/>);
/// <c>jira_issues {action:"get"}</c> returns one raw issue. It has no current-user tool: the account id and time zone
/// come from <c>Atlas:Jira:Mcp:AccountId</c> and <c>Atlas:Jira:Mcp:TimeZone</c>.
/// </summary>
internal sealed class NexusProfile(JiraOptions jira) : McpJiraProfile
{
    private const string SearchTool = "jira_search";
    private const string IssuesTool = "jira_issues";

    public override IReadOnlyList<string> DefaultEnvironment => ["JIRA_BASE_URL={BaseUrl}", "JIRA_EMAIL={Email}", "JIRA_API_TOKEN={ApiToken}"];

    public override Task<JiraMyself> GetMyselfAsync(McpConnection mcp, CancellationToken cancellationToken)
    {
        var (accountId, timeZone) = (jira.Mcp.AccountId, jira.Mcp.TimeZone);
        return string.IsNullOrWhiteSpace(accountId) || string.IsNullOrWhiteSpace(timeZone)
            ? throw new JiraResponseException($"{mcp.Server} has no tool that tells who is signed in: set Atlas:Jira:Mcp:AccountId and Atlas:Jira:Mcp:TimeZone (the Jira profile's account id and time zone).")
            : Task.FromResult(new JiraMyself(accountId, jira.Email ?? accountId, jira.Email, timeZone, null));
    }

    public override async Task<JsonElement?> GetIssueAsync(McpConnection mcp, string idOrKey, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var operation = $"the lookup of issue {idOrKey}";
        var answer = await mcp.CallAsync(IssuesTool, new Dictionary<string, object?> { ["action"] = "get", ["issueKey"] = idOrKey }, operation, cancellationToken);
        return answer.IsError && McpErrors.IsNotFound(answer) ? null : Checked(answer, JsonValueKind.Object, operation).Clone();
    }

    public override async Task<JiraSearchPage> SearchPageAsync(McpConnection mcp, JiraSearchRequest search, string? token, CancellationToken cancellationToken)
    {
        const string operation = "the JQL search";
        var fields = search.Fields.Contains("id", StringComparer.Ordinal) ? search.Fields : [.. search.Fields, "id"];
        var arguments = new Dictionary<string, object?>
        {
            ["action"] = "issues",
            ["jql"] = KeysetJql.Page(search.Jql, token),
            ["maxResults"] = Math.Min(search.MaxResults, LargestToolPage),
            ["fields"] = fields.ToArray(),
        };
        var page = Checked(await mcp.CallAsync(SearchTool, arguments, operation, cancellationToken), JsonValueKind.Object, operation);
        var issues = page.TryGetProperty("issues", out var found) && found.ValueKind == JsonValueKind.Array ? found : throw new JiraResponseException($"The MCP tool '{SearchTool}' answered {operation} without an 'issues' array.");
        var more = page.TryGetProperty("isLast", out var isLast) && isLast.ValueKind == JsonValueKind.False && issues.GetArrayLength() > 0;
        return Page(issues, more ? KeysetJql.Token(LastId(issues)) : null, token);
    }

    private static long LastId(JsonElement issues) =>
        issues.EnumerateArray().Select(i => i.TryGetProperty("id", out var id) && long.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0).Max();
}
