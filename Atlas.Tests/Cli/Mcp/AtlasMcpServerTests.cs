using System.Text.Json;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Conflicts;
using Atlas.Core.Lookups;
using Atlas.Core.Templates;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;

namespace Atlas.Tests.Cli.Mcp;

/// <summary>The SDK's client drives <c>atlas mcp</c> over stdio through every tool, against a simulator-synced database.</summary>
public sealed class AtlasMcpServerTests(AtlasMcpProcess atlas) : IClassFixture<AtlasMcpProcess>
{
    private static readonly string[] Tools =
    [
        "get_ticket", "search_tickets", "my_tickets", "list_templates", "run_template", "sync_now", "sync_status", "sync_history",
        "list_conflicts", "resolve_conflict", "add_note",
    ];

    private static readonly string[] Writers = ["sync_now", "resolve_conflict", "add_note"];

    [Fact]
    public async Task ListTools_Served_EveryToolWithSchemaAndAnnotations()
    {
        var tools = (await atlas.Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        Assert.Equal(Tools.Order(), tools.Keys.Order());
        Assert.All(Tools.Except(Writers), name => Assert.True(tools[name].Annotations?.ReadOnlyHint, name));
        Assert.Equal((false, false), (tools["sync_now"].Annotations?.ReadOnlyHint, tools["sync_now"].Annotations?.DestructiveHint));
        Assert.Equal((false, true), (tools["resolve_conflict"].Annotations?.ReadOnlyHint, tools["resolve_conflict"].Annotations?.DestructiveHint));
        Assert.Equal((false, false), (tools["add_note"].Annotations?.ReadOnlyHint, tools["add_note"].Annotations?.DestructiveHint));
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

    [Fact]
    public async Task ConflictTools_ManualConflict_ListedResolvedNotedAndLogged()
    {
        var ticket = atlas.Harness.Jira.Control.Tickets()[5];
        var lookup = atlas.Harness.Services.GetRequiredService<TicketLookup>();
        var before = (await lookup.GetAsync(ticket.Key, LookupSource.Cache)).Ticket!.Priority;
        var (local, jira) = before == "Lowest" ? ("Low", "Highest") : ("Lowest", before == "Highest" ? "High" : "Highest");
        var edit = new LocalEdit { Set = new Dictionary<string, string?> { ["priority"] = local } };
        await atlas.Harness.Services.GetRequiredService<LocalEdits>().EditAsync(ticket.Key, edit, "test");
        atlas.Harness.Jira.Control.UpdateTicket(ticket.Key, new JiraSimulator.TicketUpdate { Priority = jira });
        await atlas.Harness.SyncAsync(strategy: "MANUAL");

        var listed = await CallAsync("list_conflicts", []);
        var conflict = Structured(listed).GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("key").GetString() == ticket.Key);
        var resolved = await CallAsync("resolve_conflict", new() { ["id"] = conflict.GetProperty("id").GetInt64(), ["take"] = "jira" });
        var again = await CallAsync("resolve_conflict", new() { ["id"] = conflict.GetProperty("id").GetInt64(), ["take"] = "local" });
        var noted = await CallAsync("add_note", new() { ["key"] = ticket.Key, ["note"] = "Checked with the PO over MCP" });
        var log = await CallAsync("list_conflicts", new() { ["log"] = true, ["key"] = ticket.Key });

        Assert.Contains(conflict.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "priority" && f.GetProperty("local").GetString() == local && f.GetProperty("jira").GetString() == jira);
        Assert.Equal(("resolved", "mcp:" + Environment.UserName), (Structured(resolved).GetProperty("status").GetString(), Structured(resolved).GetProperty("resolvedBy").GetString()));
        Assert.True(again.IsError);
        Assert.Contains(Structured(noted).GetProperty("local").GetProperty("notes").EnumerateArray(), n => n.GetProperty("body").GetString() == "Checked with the PO over MCP");
        Assert.True(Structured(log).GetProperty("count").GetInt32() >= 2, Text(log));
        Assert.Equal(jira, (await lookup.GetAsync(ticket.Key, LookupSource.Cache)).Ticket!.Priority);
    }

    private Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments) =>
        atlas.Client.CallToolAsync(tool, arguments).AsTask();

    private static JsonElement Structured(CallToolResult result) =>
        result.StructuredContent ?? throw new Xunit.Sdk.XunitException($"No structured content: {Text(result)}");

    private static string Text(CallToolResult result) => result.Content.OfType<TextContentBlock>().First().Text;
}
