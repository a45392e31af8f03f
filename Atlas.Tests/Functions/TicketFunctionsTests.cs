using Atlas.Functions.Tickets;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Functions;

public sealed class TicketFunctionsTests
{
    private const string Json = "application/json; charset=utf-8";
    private const string Problem = "application/problem+json";

    [Fact]
    public async Task GetTicket_CachedTicket_Returns200WithTheTicket()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        await harness.SyncAsync();
        var expected = harness.Jira.Control.Tickets()[5];

        var response = await GetAsync(harness, expected.Key, "?source=cache");

        Assert.Equal(200, response.Status);
        Assert.Equal(Json, response.ContentType);
        Assert.Equal(expected.Key, response.Json.GetProperty("key").GetString());
        Assert.Equal(expected.Summary, response.Json.GetProperty("summary").GetString());
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.False(response.Json.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task GetTicket_LiveSource_AnswersFromJira()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        var ticket = harness.Jira.Control.Tickets()[0];
        harness.Jira.Control.UpdateTicket(ticket.Key, new TicketUpdate { Summary = "Changed in Jira just now" });

        var response = await GetAsync(harness, ticket.Key.ToLowerInvariant(), "?source=LIVE");

        Assert.Equal(200, response.Status);
        Assert.Equal("live", response.Json.GetProperty("source").GetString());
        Assert.Equal(ticket.Key, response.Json.GetProperty("key").GetString());
        Assert.Equal("Changed in Jira just now", response.Json.GetProperty("summary").GetString());
    }

    [Theory]
    [InlineData("WRKA 12")]
    [InlineData("12-WRKA")]
    [InlineData("WRKA-0")]
    public async Task GetTicket_MalformedKey_Returns400Problem(string key)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await GetAsync(harness, key);

        Assert.Equal(400, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("That is not a Jira issue key", response.Json.GetProperty("title").GetString());
        Assert.Equal(400, response.Json.GetProperty("status").GetInt32());
        Assert.Contains("is not a Jira issue key", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/api/tickets/{Uri.EscapeDataString(key)}", response.Json.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task GetTicket_UnknownSource_Returns400Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await GetAsync(harness, "WRKA-1", "?source=offline");

        Assert.Equal(400, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Contains("auto, live or cache", response.Json.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTicket_NeitherJiraNorCacheHasIt_Returns404Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await GetAsync(harness, "WRKA-99999");

        Assert.Equal(404, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("urn:atlas:problem:not-found", response.Json.GetProperty("type").GetString());
        Assert.Contains("WRKA-99999", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTicket_JiraDownAndCacheExpired_AnswersFromCacheWithStaleTrue()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: JiraDownQuickly(ttl: "00:00:00"));
        await harness.SyncAsync();
        var ticket = harness.Jira.Control.Tickets()[3];
        harness.Jira.Control.FailNext(1000, FaultKind.BadGateway);

        var response = await GetAsync(harness, ticket.Key);

        Assert.Equal(200, response.Status);
        Assert.Equal(ticket.Key, response.Json.GetProperty("key").GetString());
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.True(response.Json.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task GetTicket_JiraDownAndLiveRequired_Returns503Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: JiraDownQuickly(ttl: "01:00:00"));
        await harness.SyncAsync();
        var ticket = harness.Jira.Control.Tickets()[3];
        harness.Jira.Control.FailNext(1000, FaultKind.BadGateway);

        var response = await GetAsync(harness, ticket.Key, "?source=live");

        Assert.Equal(503, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("Jira cannot be reached", response.Json.GetProperty("title").GetString());
        Assert.Contains("source=cache", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTicket_DeletedInJira_Returns410WithTheKeptCopy()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        await harness.SyncAsync();
        var ticket = harness.Jira.Control.Tickets()[2];
        harness.Jira.Control.DeleteTicket(ticket.Key);
        await harness.SyncAsync();

        var response = await GetAsync(harness, ticket.Key, "?source=cache");

        Assert.Equal(410, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal($"Jira no longer shows {ticket.Key}", response.Json.GetProperty("title").GetString());
        var kept = response.Json.GetProperty("ticket");
        Assert.Equal(ticket.Key, kept.GetProperty("key").GetString());
        Assert.Equal(ticket.Summary, kept.GetProperty("summary").GetString());
        Assert.True(kept.GetProperty("deleted").GetBoolean());
    }

    internal static Dictionary<string, string?> JiraDownQuickly(string ttl) => new()
    {
        ["Atlas:Cache:Ttl"] = ttl,
        ["Atlas:Jira:MaxRetries"] = "1",
    };

    private static async Task<ApiResponse> GetAsync(FunctionsHarness harness, string key, string? query = null)
    {
        var request = harness.Request("GET", $"/api/tickets/{key}", query);
        var result = await harness.Function<TicketFunctions>().GetTicketAsync(request, key, CancellationToken.None);
        return await FunctionsHarness.SendAsync(result, request);
    }
}
