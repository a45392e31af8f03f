using System.Net;
using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Atlas.Tests.Jira.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Jira;

public sealed class JiraRateLimiterTests
{
    [Theory]
    [InlineData(1, 1, 60_000)]
    [InlineData(2, 1, 30_000)]
    [InlineData(7, 1, 8_571)]
    [InlineData(100, 2, 606)]
    [InlineData(6000, 100, 10)]
    public void BucketShape_FullBucketPlusRefills_NeverExceedTheLimitInAMinute(int perMinute, int capacity, int intervalMs)
    {
        var shape = JiraBucketShape.For(perMinute);

        Assert.Equal(capacity, shape.Capacity);
        Assert.Equal(intervalMs, (int)Math.Round(shape.Interval.TotalMilliseconds));
        Assert.Equal(perMinute, shape.MostPerMinute);
    }

    [Fact]
    public void BucketShape_AnyLimit_NeverExceedsIt()
    {
        Assert.All(Enumerable.Range(1, 100_000), n => Assert.True(JiraBucketShape.For(n).MostPerMinute <= n, $"N={n}"));
    }

    [Fact]
    public async Task AcquireAsync_EmptyBucket_WaitsForTheNextToken()
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new AtlasOptions { Jira = new JiraOptions { RequestsPerMinute = 2 } });
        using var limiter = new JiraRateLimiter(options, time, NullLogger<JiraRateLimiter>.Instance);

        using var first = await limiter.AcquireAsync();
        var second = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromSeconds(29.9));
        var waitedTooLittle = second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.11));
        using var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(first.IsAcquired);
        Assert.False(waitedTooLittle);
        Assert.True(granted.IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task Calls_OverRequestsPerMinute_WaitForTokensInsteadOfFailing()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:RequestsPerMinute"] = "2" });
        using var _ = host;
        network.Otherwise = _ => StubJiraHandler.Json(HttpStatusCode.OK, JiraPayloads.Myself);

        var calls = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Client.GetMyselfAsync()));
        await host.DriveAsync(calls, TimeSpan.FromSeconds(1));

        var at = network.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(3, at.Count);
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(30), $"second call after {at[1] - at[0]}");
        Assert.True(at[2] - at[1] >= TimeSpan.FromSeconds(30), $"third call after {at[2] - at[1]}");
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 1102);
    }

    [Fact]
    public async Task Retries_SpendTokensToo()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:RequestsPerMinute"] = "1" });
        using var _ = host;
        network.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync(), TimeSpan.FromSeconds(1));

        var at = network.Requests.Select(r => r.At).ToList();
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(60), $"retry after {at[1] - at[0]}, not after the next token");
    }
}
