using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.JiraSimulator;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Tests.Jira.Mcp;

/// <summary>Rovo's Jira tools (names and arguments as Atlassian documents them), answering with Jira's JSON as text.</summary>
internal sealed class RovoTools(SimulatedJira jira, HttpClient http, ConcurrentDictionary<string, int> calls)
{
    public const string CloudId = "0d5e2c1a-7c41-4a7e-9a57-5a1c0de51a7e";

    public IEnumerable<McpServerTool> All() =>
    [
        Tool("getAccessibleAtlassianResources", Resources),
        Tool("atlassianUserInfo", UserInfoAsync),
        Tool("getJiraIssue", GetIssueAsync),
        Tool("searchJiraIssuesUsingJql", SearchAsync),
        Tool("getVisibleJiraProjects", ProjectsAsync),
    ];

    private CallToolResult Resources()
    {
        Count("getAccessibleAtlassianResources");
        return Text(new JsonArray(new JsonObject { ["id"] = CloudId, ["url"] = jira.BaseUrl, ["name"] = "simulator", ["scopes"] = new JsonArray("read:jira-work", "read:jira-user") }).ToJsonString(), false);
    }

    private async Task<CallToolResult> UserInfoAsync(CancellationToken cancellationToken)
    {
        Count("atlassianUserInfo");
        using var me = await JsonDocument.ParseAsync(await http.GetStreamAsync(new Uri("rest/api/3/myself", UriKind.Relative), cancellationToken), default, cancellationToken);
        var root = me.RootElement;
        var info = new JsonObject
        {
            ["account_type"] = "atlassian",
            ["account_id"] = root.GetProperty("accountId").GetString(),
            ["email"] = root.GetProperty("emailAddress").GetString(),
            ["name"] = root.GetProperty("displayName").GetString(),
            ["account_status"] = "active",
            ["zoneinfo"] = root.GetProperty("timeZone").GetString(),
            ["locale"] = root.GetProperty("locale").GetString(),
        };
        return Text(info.ToJsonString(), false);
    }

    private async Task<CallToolResult> GetIssueAsync(string cloudId, string issueIdOrKey, string[]? fields = null, CancellationToken cancellationToken = default)
    {
        Count("getJiraIssue");
        var query = fields is null ? "" : "?fields=" + string.Join(',', fields.Select(Uri.EscapeDataString));
        return cloudId != CloudId ? WrongSite(cloudId) : await ForwardAsync(http.GetAsync(new Uri($"rest/api/3/issue/{Uri.EscapeDataString(issueIdOrKey)}{query}", UriKind.Relative), cancellationToken), cancellationToken);
    }

    private async Task<CallToolResult> SearchAsync(string cloudId, string jql, string[]? fields = null, int? maxResults = null, string? nextPageToken = null, CancellationToken cancellationToken = default)
    {
        Count("searchJiraIssuesUsingJql");
        var body = new JsonObject { ["jql"] = jql, ["fields"] = new JsonArray([.. (fields ?? ["summary"]).Select(f => (JsonNode?)f)]), ["maxResults"] = maxResults ?? 50, ["nextPageToken"] = nextPageToken };
        return cloudId != CloudId ? WrongSite(cloudId) : await ForwardAsync(http.PostAsJsonAsync(new Uri("rest/api/3/search/jql", UriKind.Relative), body, cancellationToken), cancellationToken);
    }

    private async Task<CallToolResult> ProjectsAsync(string cloudId, CancellationToken cancellationToken = default)
    {
        Count("getVisibleJiraProjects");
        return cloudId != CloudId ? WrongSite(cloudId) : await ForwardAsync(http.GetAsync(new Uri("rest/api/3/project/search", UriKind.Relative), cancellationToken), cancellationToken);
    }

    private static async Task<CallToolResult> ForwardAsync(Task<HttpResponseMessage> call, CancellationToken cancellationToken)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? Text(text, false)
            : Text(response.StatusCode == HttpStatusCode.NotFound
                ? $"Issue does not exist or you do not have permission to see it. (404) {text}"
                : $"Jira answered HTTP {(int)response.StatusCode}: {text}", true);
    }

    private static CallToolResult WrongSite(string cloudId) => Text($"The cloudId '{cloudId}' is not an accessible Atlassian site.", true);

    private static CallToolResult Text(string text, bool isError) => new() { Content = [new TextContentBlock { Text = text }], IsError = isError };

    private void Count(string tool) => calls.AddOrUpdate(tool, 1, (_, n) => n + 1);

    private static McpServerTool Tool(string name, Delegate handler) =>
        McpServerTool.Create(handler, new McpServerToolCreateOptions { Name = name, ReadOnly = true });
}
