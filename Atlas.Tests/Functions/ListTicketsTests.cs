using Atlas.Functions.Tickets;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Functions;

public sealed class ListTicketsTests
{
    [Fact]
    public async Task ListTickets_AssigneeMe_ReturnsExactlyMyTicketsNewestFirst()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        var control = harness.Jira.Control;
        foreach (var ticket in control.Tickets())
        {
            control.UpdateTicket(ticket.Key, new TicketUpdate { Assignee = "" });
        }

        var mine = control.Tickets().Skip(10).Take(3).Select(t => t.Key).ToList();
        foreach (var key in mine)
        {
            control.UpdateTicket(key, new TicketUpdate { Assignee = harness.Jira.Email });
        }

        await harness.SyncAsync();

        var response = await ListAsync(harness, "?assignee=me");

        Assert.Equal(200, response.Status);
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.Equal(3, response.Json.GetProperty("count").GetInt32());
        Assert.False(response.Json.GetProperty("stale").GetBoolean());
        var issues = response.Json.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(mine.Order(StringComparer.Ordinal), issues.Select(i => i.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        var updated = issues.Select(i => i.GetProperty("updated").GetDateTimeOffset()).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
    }

    [Fact]
    public async Task ListTickets_ProjectAndStatus_MatchWhatJiraHolds()
    {
        await using var harness = await FunctionsHarness.StartAsync(new SimulatorOptions { Tickets = 120 });
        await harness.SyncAsync();
        var wrka = harness.Jira.Control.Tickets().Where(t => t.Project == "WRKA").ToList();
        var status = wrka.GroupBy(t => t.Status).OrderByDescending(g => g.Count()).First().Key;
        var expected = wrka.Where(t => t.Status == status).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();

        var response = await ListAsync(harness, $"?project=wrka&status={Uri.EscapeDataString(status.ToUpperInvariant())}&limit=1000");

        Assert.Equal(200, response.Status);
        Assert.Equal(expected, response.Json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListTickets_Limit_CapsTheList()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        await harness.SyncAsync();

        var response = await ListAsync(harness, "?limit=7");

        Assert.Equal(7, response.Json.GetProperty("count").GetInt32());
        Assert.Equal(7, response.Json.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public async Task ListTickets_NoSyncYet_IsEmptyAndStale()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await ListAsync(harness, "?project=WRKA");

        Assert.Equal(200, response.Status);
        Assert.Equal(0, response.Json.GetProperty("count").GetInt32());
        Assert.True(response.Json.GetProperty("stale").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Json.GetProperty("syncedAt").ValueKind);
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=1001")]
    [InlineData("?limit=ten")]
    [InlineData("?project=not-a-key")]
    public async Task ListTickets_BadFilter_Returns400Problem(string query)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await ListAsync(harness, query);

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.False(string.IsNullOrWhiteSpace(response.Json.GetProperty("title").GetString()));
    }

    private static async Task<ApiResponse> ListAsync(FunctionsHarness harness, string query)
    {
        var request = harness.Request("GET", "/api/tickets", query);
        var result = await harness.Function<TicketFunctions>().ListTicketsAsync(request, CancellationToken.None);
        return await FunctionsHarness.SendAsync(result, request);
    }
}
