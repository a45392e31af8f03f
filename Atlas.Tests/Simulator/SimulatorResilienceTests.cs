using System.Net;
using System.Text.Json;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Simulator;

/// <summary>Rate limiting and injected faults look like Jira's (and its proxies') on the wire.</summary>
public sealed class SimulatorResilienceTests
{
    [Fact]
    public async Task RateLimit_BucketEmpty_Returns429WithRetryAfterAndJiraHeaders()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time, rateLimit: new RateLimitOptions(2, 0.5));
        using var client = jira.CreateClient();

        var first = await client.GetJiraAsync("rest/api/3/myself");
        var second = await client.GetJiraAsync("rest/api/3/myself");
        var limited = await client.GetJiraAsync("rest/api/3/myself");
        time.Advance(TimeSpan.FromSeconds(2));
        var after = await client.GetJiraAsync("rest/api/3/myself");

        Assert.Equal(("2", "1", ""), (first.Header("X-RateLimit-Limit"), first.Header("X-RateLimit-Remaining"), first.Header("X-RateLimit-NearLimit")));
        Assert.Equal(("0", "true"), (second.Header("X-RateLimit-Remaining"), second.Header("X-RateLimit-NearLimit")));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("2", limited.Header("Retry-After"));
        Assert.Equal("jira-burst-based", limited.Header("RateLimit-Reason"));
        Assert.Equal("2026-11-25T20:00:02Z", limited.Header("X-RateLimit-Reset"));
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Theory]
    [InlineData(FaultKind.InternalServerError, HttpStatusCode.InternalServerError)]
    [InlineData(FaultKind.BadGateway, HttpStatusCode.BadGateway)]
    [InlineData(FaultKind.GatewayTimeout, HttpStatusCode.GatewayTimeout)]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests, HttpStatusCode.TooManyRequests)]
    public async Task FailNext_StatusFault_FailsExactlyTheNextCall(FaultKind kind, HttpStatusCode expected)
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.FailNext(1, kind);

        var failed = await client.GetJiraAsync("rest/api/3/myself");
        var next = await client.GetJiraAsync("rest/api/3/myself");

        Assert.Equal(expected, failed.Status);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        if (kind is FaultKind.ServiceUnavailable or FaultKind.TooManyRequests)
        {
            Assert.Equal("1", failed.Header("Retry-After"));
        }
    }

    [Fact]
    public async Task FailNext_ForOneEndpoint_LeavesOtherEndpointsAlone()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.FailNext(2, FaultKind.ServiceUnavailable, "/search/jql");

        var myself = await client.GetJiraAsync("rest/api/3/myself");
        var search1 = await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DQA");
        var search2 = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = QA" });
        var search3 = await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DQA");

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK],
            [myself.Status, search1.Status, search2.Status, search3.Status]);
    }

    [Fact]
    public async Task FailNext_DropConnection_AbortsTheResponseMidway()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.FailNext(1, FaultKind.DropConnection);

        var error = await Record.ExceptionAsync(() => client.GetStringAsync(new Uri("rest/api/3/search/jql?jql=project%3DWRKA&fields=*all", UriKind.Relative)));

        Assert.True(error is HttpRequestException or IOException, error?.ToString() ?? "no exception");
        Assert.Equal(HttpStatusCode.OK, (await client.GetJiraAsync("rest/api/3/myself")).Status);
    }

    [Fact]
    public async Task FailNext_TruncatedAndGarbageBodies_AreNotJson()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.FailNext(1, FaultKind.TruncatedBody);
        jira.Control.FailNext(1, FaultKind.GarbageBody);

        var truncated = await client.GetJiraAsync("rest/api/3/issue/WRKA-1");
        var garbage = await client.GetJiraAsync("rest/api/3/issue/WRKA-1");

        Assert.Equal(HttpStatusCode.OK, truncated.Status);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated.Text));
        Assert.StartsWith("{\"expand\":", truncated.Text, StringComparison.Ordinal);
        Assert.Equal("text/html", garbage.ContentHeaders.ContentType?.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(garbage.Text));
    }

    [Fact]
    public async Task RandomFaults_SameSeed_FailTheSameCalls()
    {
        var first = await StatusesAsync(seed: 3);
        var second = await StatusesAsync(seed: 3);

        Assert.Equal(first, second);
        Assert.Contains(first, s => s != HttpStatusCode.OK);
        Assert.Contains(first, s => s == HttpStatusCode.OK);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(int seed)
    {
        await using var jira = await TestSites.StartAsync(tickets: 20);
        using var client = jira.CreateClient();
        jira.Control.Faults = new FaultOptions { ServerErrorRate = 0.3, ServiceUnavailableRate = 0.2, Seed = seed };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await client.GetJiraAsync("rest/api/3/myself")).Status);
        }

        return statuses;
    }
}
