using System.Text.Json;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Lookups;
using Atlas.Core.Templates;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;

namespace Atlas.Tests.Cli.Mcp;

/// <summary>The SDK's client drives <c>atlas mcp</c> over stdio through every tool, against a simulator-synced database.</summary>
public sealed class AtlasMcpServerTests(AtlasMcpProcess atlas) : IClassFixture<AtlasMcpProcess>
{
    private static readonly string[] Tools = ["get_ticket", "search_tickets", "my_tickets", "list_templates", "run_template", "sync_now", "sync_status", "sync_history"];

    [Fact]
    public async Task ListTools_Served_EveryToolWithSchemaAndAnnotations()
    {
        var tools = (await atlas.Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        Assert.Equal(Tools.Order(), tools.Keys.Order());
        Assert.All(Tools.Where(t => t != "sync_now"), name => Assert.True(tools[name].Annotations?.ReadOnlyHint, name));
        Assert.Equal((false, false), (tools["sync_now"].Annotations?.ReadOnlyHint, tools["sync_now"].Annotations?.DestructiveHint));
        var search = tools["search_tickets"].InputSchema;
        Assert.Equal(["jql"], search.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.True(search.GetProperty("properties").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task GetTicket_SyncedKeyOffline_ReturnsTheTicketAsStructuredContentAndText()
    {
        var key = atlas.Harness.Jira.Control.Tickets()[3].Key;

        var result = await CallAsync("get_ticket", new() { ["key"] = key, ["source"] = "offline" });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(key, Structured(result).GetProperty("key").GetString());
        Assert.Equal("cache", Structured(result).GetProperty("source").GetString());
        Assert.StartsWith(key, Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTicket_MalformedOrMissingKey_IsAToolErrorWithTheCliMessage()
    {
        var lookup = atlas.Harness.Services.GetRequiredService<TicketLookup>();
        var malformed = await Assert.ThrowsAsync<ArgumentException>(() => lookup.GetAsync("not a key", LookupSource.Cache));
        var missing = await lookup.GetAsync("WRKA-99999", LookupSource.Cache);

        var malformedResult = await CallAsync("get_ticket", new() { ["key"] = "not a key" });
        var missingResult = await CallAsync("get_ticket", new() { ["key"] = "WRKA-99999", ["source"] = "offline" });

        Assert.Equal((true, CliFailure.From(malformed).Message), (malformedResult.IsError, Text(malformedResult)));
        Assert.Equal((true, missing.Message), (missingResult.IsError, Text(missingResult)));
    }

    [Fact]
    public async Task SearchTickets_Offline_ReturnsEveryMatchFromTheCache()
    {
        var wrka = atlas.Harness.Jira.Control.Tickets().Count(t => t.Project == "WRKA" && !t.Hidden);

        var result = await CallAsync("search_tickets", new() { ["jql"] = "project = WRKA ORDER BY key", ["source"] = "offline", ["limit"] = 1000 });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(("cache", wrka), (Structured(result).GetProperty("source").GetString(), Structured(result).GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task SearchTickets_InvalidJql_IsAToolErrorWithThePosition()
    {
        var result = await CallAsync("search_tickets", new() { ["jql"] = "project = WRKA AND", ["source"] = "offline" });

        Assert.True(result.IsError);
        Assert.Contains("The query is not valid JQL.", Text(result), StringComparison.Ordinal);
        Assert.Contains("at 18:", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTickets_Default_AreTheSignedInUsersFromTheCache()
    {
        var expected = await atlas.Harness.Services.GetRequiredService<TicketListQuery>().ListAsync(new TicketFilter { Assignee = TicketFilter.Me, Limit = 1000 });

        var result = await CallAsync("my_tickets", new() { ["limit"] = 1000 });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(expected.Count, Structured(result).GetProperty("count").GetInt32());
        Assert.Equal(expected.Issues.Select(i => i.Key), Structured(result).GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task ListTemplatesAndRunTemplate_BuiltIns_ListedAndRunOffline()
    {
        var templates = atlas.Harness.Services.GetRequiredService<TemplateService>().List();

        var listed = await CallAsync("list_templates", []);
        var run = await CallAsync("run_template", new() { ["name"] = "my-open", ["source"] = "offline" });
        var unknown = await CallAsync("run_template", new() { ["name"] = "no-such-template" });

        Assert.Equal(templates.Select(t => t.Name), Structured(listed).GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.NotEqual(true, run.IsError);
        Assert.Equal("cache", Structured(run).GetProperty("source").GetString());
        Assert.True(unknown.IsError);
        Assert.Contains("There is no template named 'no-such-template'", Text(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNowStatusAndHistory_AfterAnEdit_SyncsAndReports()
    {
        var ticket = atlas.Harness.Jira.Control.Tickets()[0];
        atlas.Harness.Jira.Control.UpdateTicket(ticket.Key, new JiraSimulator.TicketUpdate { Summary = "Edited for the MCP sync" });

        var sync = await CallAsync("sync_now", []);
        var status = await CallAsync("sync_status", []);
        var history = await CallAsync("sync_history", new() { ["limit"] = 5 });

        Assert.NotEqual(true, sync.IsError);
        Assert.Equal(("success", "mcp"), (Structured(sync).GetProperty("status").GetString(), Structured(sync).GetProperty("trigger").GetString()));
        Assert.True(Structured(sync).GetProperty("updated").GetInt32() >= 1);
        Assert.Equal(AtlasMcpProcess.Site.Tickets, Structured(status).GetProperty("tickets").GetProperty("total").GetInt32());
        var runs = Structured(history).GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("runId").GetInt64()).ToList();
        Assert.Equal(Structured(sync).GetProperty("runId").GetInt64(), runs[0]);
        Assert.Equal(runs.OrderDescending(), runs);
    }

    private Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments) =>
        atlas.Client.CallToolAsync(tool, arguments).AsTask();

    private static JsonElement Structured(CallToolResult result) =>
        result.StructuredContent ?? throw new Xunit.Sdk.XunitException($"No structured content: {Text(result)}");

    private static string Text(CallToolResult result) => result.Content.OfType<TextContentBlock>().First().Text;
}
