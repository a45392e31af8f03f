using System.Net;
using Atlas.Tests.Jira.Fakes;

namespace Atlas.Tests.Jira;

public sealed class JiraCallCounterTests
{
    [Fact]
    public async Task Snapshot_CountsEveryAttemptAndKeepsTheServersDate()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        var serverDate = new DateTimeOffset(2026, 11, 27, 6, 0, 5, TimeSpan.Zero);
        network.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.BadGateway)
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself, r => r.Headers.Date = serverDate)
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        await host.DriveAsync(host.Client.GetMyselfAsync());
        await host.Client.GetMyselfAsync();

        var snapshot = host.Counter.Snapshot();
        Assert.Equal(4, snapshot.Calls);
        Assert.Equal(serverDate, snapshot.LastServerDate);
    }

    [Fact]
    public async Task Reset_StartsARunAtZero()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Otherwise = _ => StubJiraHandler.Json(HttpStatusCode.OK, JiraPayloads.Myself);
        await host.Client.GetMyselfAsync();

        host.Counter.Reset();
        await host.Client.GetMyselfAsync();

        Assert.Equal(1, host.Counter.Snapshot().Calls);
    }
}
