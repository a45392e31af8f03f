using Atlas.Functions.Health;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Functions;

public sealed class HealthFunctionTests
{
    [Fact]
    public async Task Health_JiraUpAfterASync_Returns200Healthy()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        await harness.SyncAsync();

        var response = await CheckAsync(harness);

        Assert.Equal(200, response.Status);
        Assert.Equal("healthy", response.Json.GetProperty("status").GetString());
        Assert.Equal("online", response.Json.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Health_JiraDown_Returns200DegradedOffline()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: TicketFunctionsTests.JiraDownQuickly("01:00:00"));
        await harness.SyncAsync();
        harness.Jira.Control.FailNext(1000, FaultKind.BadGateway);

        var response = await CheckAsync(harness);

        Assert.Equal(200, response.Status);
        Assert.Equal("degraded", response.Json.GetProperty("status").GetString());
        Assert.Equal("offline", response.Json.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Health_TokenRefused_Returns503Unhealthy()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: new Dictionary<string, string?> { ["Atlas:Jira:ApiToken"] = "a-revoked-token" });

        var response = await CheckAsync(harness);

        Assert.Equal(503, response.Status);
        Assert.Equal("unhealthy", response.Json.GetProperty("status").GetString());
        Assert.Equal("unhealthy", response.Json.GetProperty("checks").GetProperty("jira").GetProperty("status").GetString());
        Assert.DoesNotContain("a-revoked-token", response.Body, StringComparison.Ordinal);
    }

    private static async Task<ApiResponse> CheckAsync(FunctionsHarness harness)
    {
        var request = harness.Request("GET", "/api/health");
        return await FunctionsHarness.SendAsync(await harness.Function<HealthFunction>().CheckAsync(request, CancellationToken.None), request);
    }
}
