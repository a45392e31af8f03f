using System.Net.Http.Json;
using System.Text.Json;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Atlas.Tests.Support;
using Atlas.Tests.Sync;

namespace Atlas.Tests.Jira.Mcp;

/// <summary>A real third-party Jira MCP server from npm, started over stdio and pointed at the simulator.</summary>
public sealed class NexusMcpServerTests
{
    private const string Package = "@nexus2520/jira-mcp-server";
    private const string Version = "1.2.0";
    private static readonly SimulatorOptions Site = new() { Tickets = 150, Projects = ["WRKA", "QA"] };

    [NpmFact(Package, Version)]
    public async Task RunAsync_FullThenIncrementalThroughNexusOverStdio_MirrorsExactly()
    {
        await using var jira = await SimulatedJira.StartAsync(Site);
        await using var harness = await SyncHarness.StartAsync(Site, await SettingsAsync(jira), jira);

        var full = await harness.SyncAsync();
        Assert.True(full.Status == SyncStatus.Success, full.Error);
        Assert.Equal(150, full.Created);
        await MirrorAssert.ExactAsync(harness);

        var tickets = jira.Control.Tickets();
        jira.Control.UpdateTicket(tickets[0].Key, new TicketUpdate { Summary = "Edited behind nexus" });
        jira.Control.DeleteTicket(tickets[1].Key);
        var incremental = await harness.SyncAsync();

        Assert.True(incremental.Status == SyncStatus.Success, incremental.Error);
        Assert.Equal(SyncMode.Incremental, incremental.Mode);
        Assert.True(incremental.Updated >= 1);
        await MirrorAssert.ExactAsync(harness);
    }

    private static async Task<Dictionary<string, string?>> SettingsAsync(SimulatedJira jira)
    {
        var folder = NpmPackages.Ensure(Package, Version).Folder!;
        using var http = jira.CreateClient();
        var me = await http.GetFromJsonAsync<JsonElement>(new Uri("rest/api/3/myself", UriKind.Relative));
        return new()
        {
            ["Atlas:Jira:UseMcp"] = "true",
            ["Atlas:Jira:Mcp:Transport"] = "stdio",
            ["Atlas:Jira:Mcp:Profile"] = "nexus",
            ["Atlas:Jira:Mcp:Command"] = "node",
            ["Atlas:Jira:Mcp:Arguments:0"] = Path.Combine(folder, "node_modules", Package, "build", "index.js"),
            ["Atlas:Jira:Mcp:AccountId"] = me.GetProperty("accountId").GetString(),
            ["Atlas:Jira:Mcp:TimeZone"] = me.GetProperty("timeZone").GetString(),
        };
    }
}
