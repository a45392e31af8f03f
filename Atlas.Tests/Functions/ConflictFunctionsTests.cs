using System.Globalization;
using Atlas.Functions.Conflicts;
using Atlas.Functions.Sync;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Functions;

public sealed class ConflictFunctionsTests
{
    [Fact]
    public async Task Manual_PatchSyncListGetResolveLog_EndToEndOverHttp()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: new Dictionary<string, string?> { ["Atlas:Sync:ConflictResolution"] = "JIRA_WINS" });
        await harness.SyncAsync();
        var key = harness.Jira.Control.Tickets()[3].Key;
        harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Priority = "Medium" });
        await harness.SyncAsync();

        var patch = await PatchAsync(harness, key, """{"set": {"priority": "low", "testStatus": "passed"}, "note": "Flaky on CI", "editedBy": "tess"}""");
        harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Priority = "Highest" });
        var sync = await PostSyncAsync(harness, """{"strategy": "MANUAL"}""");
        await Eventually.ReturnsAsync(async () => await ListAsync(harness), r => r.Json.GetProperty("count").GetInt32() == 1);
        var list = await ListAsync(harness);
        var id = list.Json.GetProperty("conflicts")[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var one = await FunctionsHarness.SendAsync(await harness.Function<ConflictFunctions>().GetAsync(harness.Request("GET", $"/api/conflicts/{id}"), id, CancellationToken.None), harness.Request("GET", $"/api/conflicts/{id}"));
        var resolveRequest = harness.Request("POST", $"/api/conflicts/{id}/resolve", body: """{"values": {"priority": "High"}, "resolvedBy": "tess"}""");
        var resolved = await FunctionsHarness.SendAsync(await harness.Function<ConflictFunctions>().ResolveAsync(resolveRequest, id, CancellationToken.None), resolveRequest);
        var twiceRequest = harness.Request("POST", $"/api/conflicts/{id}/resolve", body: """{"take": "local"}""");
        var twice = await FunctionsHarness.SendAsync(await harness.Function<ConflictFunctions>().ResolveAsync(twiceRequest, id, CancellationToken.None), twiceRequest);
        var ticket = await GetTicketAsync(harness, key);
        var logRequest = harness.Request("GET", "/api/conflicts/log", $"?key={key}");
        var log = await FunctionsHarness.SendAsync(await harness.Function<ConflictFunctions>().LogAsync(logRequest, CancellationToken.None), logRequest);

        Assert.Equal(200, patch.Status);
        Assert.Equal("Low", patch.Json.GetProperty("priority").GetString());
        Assert.Equal("Medium", patch.Json.GetProperty("local").GetProperty("overrides").GetProperty("priority").GetProperty("jira").GetString());
        Assert.Equal(202, sync.Status);
        Assert.Equal(1, list.Json.GetProperty("critical").GetInt32());
        Assert.Equal(200, one.Status);
        var field = one.Json.GetProperty("fields")[0];
        Assert.Equal(("priority", "Medium", "Low", "Highest"), (field.GetProperty("field").GetString(), field.GetProperty("base").GetString(), field.GetProperty("local").GetString(), field.GetProperty("jira").GetString()));
        Assert.Equal(200, resolved.Status);
        Assert.Equal("http:tess", resolved.Json.GetProperty("resolvedBy").GetString());
        Assert.Equal(409, twice.Status);
        Assert.Equal("High", ticket.Json.GetProperty("priority").GetString());
        Assert.Equal("passed", ticket.Json.GetProperty("local").GetProperty("fields").GetProperty("testStatus").GetString());
        Assert.Equal("resolved-value", log.Json.GetProperty("entries")[0].GetProperty("outcome").GetString());
        Assert.Equal("MANUAL", log.Json.GetProperty("entries")[1].GetProperty("strategy").GetString());
    }

    [Theory]
    [InlineData("""{"set": {"dueDate": "tomorrow"}}""", 400)]
    [InlineData("""{"sett": {}}""", 400)]
    [InlineData("""{}""", 400)]
    [InlineData("", 400)]
    public async Task PatchLocal_InvalidBody_Returns400Problem(string body, int status)
    {
        await using var harness = await FunctionsHarness.StartAsync();
        await harness.SyncAsync();

        var response = await PatchAsync(harness, harness.Jira.Control.Tickets()[0].Key, body);

        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task GetConflict_UnknownId_Returns404AndBadStrategyReturns400()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        var request = harness.Request("GET", "/api/conflicts/42");

        var missing = await FunctionsHarness.SendAsync(await harness.Function<ConflictFunctions>().GetAsync(request, "42", CancellationToken.None), request);
        var badSync = await PostSyncAsync(harness, """{"strategy": "COIN_TOSS"}""");

        Assert.Equal(404, missing.Status);
        Assert.Equal(400, badSync.Status);
        Assert.Contains("MANUAL", badSync.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<ApiResponse> PatchAsync(FunctionsHarness harness, string key, string body)
    {
        var request = harness.Request("PATCH", $"/api/tickets/{key}/local", body: body);
        return await FunctionsHarness.SendAsync(await harness.Function<LocalEditFunction>().EditAsync(request, key, CancellationToken.None), request);
    }

    private static async Task<ApiResponse> PostSyncAsync(FunctionsHarness harness, string body)
    {
        var request = harness.Request("POST", "/api/sync", body: body);
        return await FunctionsHarness.SendAsync(await harness.Function<SyncFunctions>().StartSyncAsync(request, CancellationToken.None), request);
    }

    private static async Task<ApiResponse> ListAsync(FunctionsHarness harness)
    {
        var request = harness.Request("GET", "/api/conflicts");
        return await FunctionsHarness.SendAsync(await harness.Function<ConflictFunctions>().ListAsync(request, CancellationToken.None), request);
    }

    private static async Task<ApiResponse> GetTicketAsync(FunctionsHarness harness, string key)
    {
        var request = harness.Request("GET", $"/api/tickets/{key}", "?source=cache");
        return await FunctionsHarness.SendAsync(await harness.Function<Atlas.Functions.Tickets.TicketFunctions>().GetTicketAsync(request, key, CancellationToken.None), request);
    }
}
