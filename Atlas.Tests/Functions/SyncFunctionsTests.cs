using Atlas.Core.Sync;
using Atlas.Functions.Sync;

namespace Atlas.Tests.Functions;

public sealed class SyncFunctionsTests
{
    [Fact]
    public async Task StartSync_Idle_Returns202WithLocationAndTheRunFinishesInTheBackground()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await PostAsync(harness, """{"mode": "full"}""");

        Assert.Equal(202, response.Status);
        var runId = response.Json.GetProperty("runId").GetInt64();
        Assert.Equal($"/api/sync/runs/{runId}", response.Headers.Location.ToString());
        Assert.Equal("running", response.Json.GetProperty("status").GetString());
        Assert.Equal("http", response.Json.GetProperty("trigger").GetString());
        var finished = await Eventually.ReturnsAsync(() => GetRunAsync(harness, runId.ToString(System.Globalization.CultureInfo.InvariantCulture)), r => r.Json.GetProperty("report").GetProperty("status").GetString() != "running");
        Assert.Equal(200, finished.Status);
        Assert.Equal("success", finished.Json.GetProperty("report").GetProperty("status").GetString());
        Assert.Equal(60, finished.Json.GetProperty("report").GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task StartSync_WhileARunIsGoing_Returns409WithTheRunningRunId()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        harness.Jira.Control.Latency = TimeSpan.FromMilliseconds(250);
        var first = await PostAsync(harness, "");
        var runningId = first.Json.GetProperty("runId").GetInt64();

        var second = await PostAsync(harness, """{"mode": "incremental", "projects": ["WRKA"]}""");

        Assert.Equal(202, first.Status);
        Assert.Equal(409, second.Status);
        Assert.Equal("application/problem+json", second.ContentType);
        Assert.Equal("A sync is already running", second.Json.GetProperty("title").GetString());
        Assert.Equal(runningId, second.Json.GetProperty("runningRunId").GetInt64());
        Assert.Equal($"/api/sync/runs/{runningId}", second.Json.GetProperty("runningRun").GetString());
        harness.Jira.Control.Latency = TimeSpan.Zero;
        var done = await Eventually.ReturnsAsync(() => harness.Get<Atlas.Core.Status.SyncStatusService>().GetRunAsync(runningId), run => run!.Report.Status != SyncStatus.Running);
        Assert.Equal(SyncStatus.Success, done!.Report.Status);
    }

    [Theory]
    [InlineData("{\"mode\": ", "not valid JSON")]
    [InlineData("[1, 2]", "not valid JSON")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{\"mode\": \"everything\"}", "\"full\" or \"incremental\"")]
    [InlineData("{\"mode\": \"full\", \"projets\": [\"WRKA\"]}", "projets")]
    [InlineData("{\"projects\": [\"\"]}", "one is empty")]
    public async Task StartSync_BadBody_Returns400ProblemAndStartsNothing(string body, string expected)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await PostAsync(harness, body);

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("The request body is not a valid sync request", response.Json.GetProperty("title").GetString());
        Assert.Contains(expected, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await harness.Get<Atlas.Core.Status.SyncStatusService>().GetHistoryAsync(10));
    }

    [Fact]
    public async Task StartSync_ProjectNotConfigured_Returns400Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await PostAsync(harness, """{"projects": ["NOPE"]}""");

        Assert.Equal(400, response.Status);
        Assert.Contains("NOPE", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSyncRun_UnknownId_Returns404Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await GetRunAsync(harness, "4242");

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("No such sync run", response.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetSyncRun_NotANumber_Returns400Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await GetRunAsync(harness, "latest");

        Assert.Equal(400, response.Status);
        Assert.Equal("That is not a run id", response.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SyncStatusAndRuns_AfterTwoRuns_ShowTheLastRunHistoryAndTheTimersNextRun()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        var first = await harness.SyncAsync();
        var second = await harness.SyncAsync();
        var functions = harness.Function<SyncStatusFunctions>();

        var statusRequest = harness.Request("GET", "/api/sync/status");
        var status = await FunctionsHarness.SendAsync(await functions.GetStatusAsync(statusRequest, CancellationToken.None), statusRequest);
        var runsRequest = harness.Request("GET", "/api/sync/runs", "?limit=1");
        var runs = await FunctionsHarness.SendAsync(await functions.ListRunsAsync(runsRequest, CancellationToken.None), runsRequest);

        Assert.Equal(200, status.Status);
        Assert.Equal("success", status.Json.GetProperty("state").GetString());
        Assert.Equal(second.RunId, status.Json.GetProperty("lastRun").GetProperty("runId").GetInt64());
        Assert.Equal(60, status.Json.GetProperty("tickets").GetProperty("total").GetInt32());
        Assert.Equal(6, status.Json.GetProperty("nextRunAt").GetDateTimeOffset().ToLocalTime().Hour);
        Assert.Equal([second.RunId], runs.Json.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("runId").GetInt64()));
        Assert.NotEqual(first.RunId, second.RunId);
    }

    [Fact]
    public async Task ListSyncRuns_BadLimit_Returns400Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        var request = harness.Request("GET", "/api/sync/runs", "?limit=-3");

        var response = await FunctionsHarness.SendAsync(await harness.Function<SyncStatusFunctions>().ListRunsAsync(request, CancellationToken.None), request);

        Assert.Equal(400, response.Status);
    }

    private static async Task<ApiResponse> PostAsync(FunctionsHarness harness, string body)
    {
        var request = harness.Request("POST", "/api/sync", body: body);
        var result = await harness.Function<SyncFunctions>().StartSyncAsync(request, CancellationToken.None);
        return await FunctionsHarness.SendAsync(result, request);
    }

    private static async Task<ApiResponse> GetRunAsync(FunctionsHarness harness, string id)
    {
        var request = harness.Request("GET", $"/api/sync/runs/{id}");
        var result = await harness.Function<SyncStatusFunctions>().GetRunAsync(request, id, CancellationToken.None);
        return await FunctionsHarness.SendAsync(result, request);
    }
}
