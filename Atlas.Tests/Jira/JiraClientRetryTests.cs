using System.Net;
using System.Net.Http.Headers;
using Atlas.Core.Jira;
using Atlas.Tests.Jira.Fakes;

namespace Atlas.Tests.Jira;

public sealed class JiraClientRetryTests
{
    [Fact]
    public async Task GetMyself_429WithRetryAfter2_WaitsAtLeastTwoSecondsThenSucceeds()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("Mia Krystof", me.DisplayName);
        var wait = Waits(network).Single();
        Assert.InRange(wait, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task GetMyself_RetryAfterLongerThanBackoff_WaitsRetryAfter()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(10)))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.InRange(Waits(network).Single(), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10.5));
    }

    [Fact]
    public async Task GetMyself_RetryAfterBeyondTheBackoffCap_IsStillHonoured()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(120)))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync(), TimeSpan.FromSeconds(1));

        Assert.InRange(Waits(network).Single(), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(122));
    }

    [Fact]
    public async Task GetMyself_RetryAfterShorterThanBackoff_WaitsBackoff()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero))
            .Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());

        var waits = Waits(network);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(3));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(2.8), TimeSpan.FromSeconds(5.6));
    }

    [Fact]
    public async Task GetMyself_429WithRateLimitResetOnly_WaitsUntilReset()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        var reset = host.Time.GetUtcNow().AddSeconds(20).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.Add("X-RateLimit-Reset", reset))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.InRange(Waits(network).Single(), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20.5));
    }

    [Fact]
    public async Task GetMyself_503WithRetryAfter_HonoursIt()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.ServiceUnavailable, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.InRange(Waits(network).Single(), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7.5));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task GetMyself_ServerErrorThenSuccess_Retries(HttpStatusCode status)
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(status, "").Respond(status, "").Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("5b10a2844c20165700ede21g", me.AccountId);
        Assert.Equal(3, network.Requests.Count);
        Assert.Equal(3, host.Counter.Snapshot().Calls);
    }

    [Fact]
    public async Task GetMyself_BackoffGrows_ExponentiallyWithJitter()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.BadGateway)
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());

        var waits = Waits(network);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(3));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(2.8), TimeSpan.FromSeconds(5.6));
        Assert.InRange(waits[2], TimeSpan.FromSeconds(5.6), TimeSpan.FromSeconds(10.9));
    }

    [Fact]
    public async Task GetMyself_DroppedConnectionThenSuccess_Retries()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Fail(new HttpRequestException("Connection reset by peer", new IOException("reset")))
            .Fail(new IOException("The response ended prematurely."))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("Mia Krystof", me.DisplayName);
        Assert.Equal(3, network.Requests.Count);
    }

    [Fact]
    public async Task GetMyself_NoAnswerWithinRequestTimeout_RetriesAfterTimeout()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:RequestTimeout"] = "00:00:05" });
        using var _ = host;
        network.Hang().Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("Mia Krystof", me.DisplayName);
        Assert.True(network.Requests[1].At - network.Requests[0].At >= TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, typeof(JiraBadRequestException))]
    [InlineData(HttpStatusCode.Unauthorized, typeof(JiraAuthenticationException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(JiraForbiddenException))]
    [InlineData(HttpStatusCode.NotFound, typeof(JiraNotFoundException))]
    [InlineData(HttpStatusCode.Gone, typeof(JiraApiRemovedException))]
    public async Task GetMyself_ClientError_IsNotRetried(HttpStatusCode status, Type expected)
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(status, """{"errorMessages":["nope"],"errors":{}}""");

        var error = await Assert.ThrowsAnyAsync<JiraException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.IsType(expected, error);
        Assert.Equal((int)status, error.StatusCode);
        Assert.Single(network.Requests);
        Assert.Equal(1, host.Counter.Snapshot().Calls);
    }

    [Fact]
    public async Task GetMyself_ServerKeepsFailing_UnavailableAfterMaxRetries()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:MaxRetries"] = "2" });
        using var _ = host;
        network.Otherwise = _ => StubJiraHandler.Json(HttpStatusCode.ServiceUnavailable, "");

        var error = await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.Equal(3, network.Requests.Count);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_ZeroMaxRetries_TriesOnce()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:MaxRetries"] = "0" });
        using var _ = host;
        network.Otherwise = _ => StubJiraHandler.Json(HttpStatusCode.BadGateway, "");

        await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.Single(network.Requests);
    }

    [Fact]
    public async Task GetMyself_RetryAfterBeyondFiveMinutes_FailsAtOnceSayingHowLong()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r =>
        {
            r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));
            r.Headers.Add("RateLimit-Reason", "jira-quota-tenant-based");
        });

        var error = await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.Single(network.Requests);
        Assert.Contains("wait 3600 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("jira-quota-tenant-based", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PostIsARead_IsRetried()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}").Respond(HttpStatusCode.OK, JiraPayloads.SearchPage(null, true, 1));

        var pages = await host.DriveAsync(CountIssuesAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA" }));

        Assert.Equal(1, pages);
        Assert.Equal(2, network.Requests.Count);
        Assert.Equal(network.Requests[0].Body, network.Requests[1].Body);
    }

    [Fact]
    public async Task Retry_IsLoggedWithReasonAndWait()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.TooManyRequests, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());

        var retry = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 1101);
        Assert.Contains("HTTP 429", retry.Message, StringComparison.Ordinal);
        Assert.Contains("retry 1 of 4", retry.Message, StringComparison.Ordinal);
    }

    // Measured on the fake clock, which the test moves in 100 ms steps: upper bounds allow a few steps of lag.
    private static List<TimeSpan> Waits(StubJiraHandler network) =>
        network.Requests.Zip(network.Requests.Skip(1), (first, second) => second.At - first.At).ToList();

    private static async Task<int> CountIssuesAsync(JiraClient client, JiraSearchRequest search)
    {
        var issues = 0;
        await foreach (var page in client.SearchAsync(search))
        {
            issues += page.Issues.Count;
        }

        return issues;
    }
}
