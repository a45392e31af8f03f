using Atlas.Core.Health;
using Atlas.Core.Jira;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Atlas.Tests.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Jira.Mcp;

/// <summary>Syncs through a Rovo-shaped MCP server end exactly as over REST, and its failures say what to fix.</summary>
public sealed class McpSyncTests
{
    private static readonly SimulatorOptions Site = new() { Tickets = 240, Projects = ["WRKA", "WMB", "QA"] };

    [Fact]
    public async Task RunAsync_FullThenIncrementalThroughRovoServer_MirrorsExactlyAndCountsToolCalls()
    {
        await using var jira = await SimulatedJira.StartAsync(Site);
        await using var server = await RovoMcpServer.StartAsync(jira);
        await using var harness = await SyncHarness.StartAsync(Site, McpSettings(server), jira);

        var full = await harness.SyncAsync();
        Assert.Equal((SyncStatus.Success, SyncMode.Full, 240), (full.Status, full.Mode, full.Created));
        Assert.Equal(server.TotalCalls, full.ApiCalls);
        Assert.Equal(server.TotalCalls - server.Calls["getAccessibleAtlassianResources"], jira.Control.Counters.Values.Sum());
        await MirrorAssert.ExactAsync(harness);

        var tickets = jira.Control.Tickets();
        jira.Control.UpdateTicket(tickets[0].Key, new TicketUpdate { Summary = "Edited through MCP" });
        jira.Control.UpdateTicket(tickets[1].Key, new TicketUpdate { Status = "Done", Labels = ["regression"] });
        jira.Control.AddTicket(new NewTicket("WMB", "Added after the first sync") { IssueType = "Bug" });
        jira.Control.DeleteTicket(tickets[2].Key);
        var deleted = tickets.Count + 1 - jira.Control.Tickets().Count;
        var callsBefore = server.TotalCalls;

        var incremental = await harness.SyncAsync();

        Assert.Equal((SyncStatus.Success, SyncMode.Incremental), (incremental.Status, incremental.Mode));
        Assert.Equal((1, 2, deleted), (incremental.Created, incremental.Updated, incremental.Deleted));
        Assert.Equal(server.TotalCalls - callsBefore, incremental.ApiCalls);
        await MirrorAssert.ExactAsync(harness);
    }

    [Fact]
    public async Task RunAsync_ServerRefusesCredentials_FailsNamingTheSettingsWithoutTheToken()
    {
        await using var jira = await SimulatedJira.StartAsync(Site);
        await using var server = await RovoMcpServer.StartAsync(jira);
        var settings = McpSettings(server);
        settings["Atlas:Jira:ApiToken"] = "wrong-test-token-123";
        await using var harness = await SyncHarness.StartAsync(Site, settings, jira);

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Failed, report.Status);
        Assert.Contains("refused the credentials (HTTP 401)", report.Error, StringComparison.Ordinal);
        Assert.Contains("Atlas:Jira:ApiToken", report.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-test-token-123", report.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.TotalCalls);
    }

    [Fact]
    public async Task RunAsync_ServerLacksTheSearchTool_NamesTheToolAndWhatItOffers()
    {
        await using var jira = await SimulatedJira.StartAsync(Site);
        await using var server = await RovoMcpServer.StartAsync(jira, "searchJiraIssuesUsingJql");
        await using var harness = await SyncHarness.StartAsync(Site, McpSettings(server), jira);

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Failed, report.Status);
        Assert.Contains("has no tool 'searchJiraIssuesUsingJql'", report.Error, StringComparison.Ordinal);
        Assert.Contains("It offers: atlassianUserInfo, getAccessibleAtlassianResources, getJiraIssue, getVisibleJiraProjects", report.Error, StringComparison.Ordinal);
        Assert.Contains("Atlas:Jira:Mcp:Profile", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIssueAsync_ThroughRovoServer_ReturnsTheIssueOrNullWhenMissing()
    {
        await using var jira = await SimulatedJira.StartAsync(Site);
        await using var server = await RovoMcpServer.StartAsync(jira);
        await using var harness = await SyncHarness.StartAsync(Site, McpSettings(server), jira);
        var api = harness.Services.GetRequiredService<IJiraApi>();
        var key = jira.Control.Tickets()[5].Key;

        var issue = await api.GetIssueAsync(key);
        var missing = await api.GetIssueAsync("WRKA-99999");

        Assert.Equal(key, issue?.GetProperty("key").GetString());
        Assert.Null(missing);
        Assert.Equal(2, server.Calls["getJiraIssue"]);
    }

    [Fact]
    public async Task CheckAsync_UsingMcp_SaysWhichTransportAnswered()
    {
        await using var jira = await SimulatedJira.StartAsync(Site);
        await using var server = await RovoMcpServer.StartAsync(jira);
        await using var harness = await SyncHarness.StartAsync(Site, McpSettings(server), jira);

        var health = await harness.Services.GetRequiredService<HealthService>().CheckAsync();

        var detail = health.Checks["jira"];
        Assert.Equal(HealthStatus.Healthy, detail.Status);
        Assert.Contains($"the MCP server at {server.Url} (Streamable HTTP, profile rovo)", detail.Detail, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string?> McpSettings(RovoMcpServer server) => new()
    {
        ["Atlas:Jira:UseMcp"] = "true",
        ["Atlas:Jira:Mcp:Url"] = server.Url.ToString(),
    };
}
