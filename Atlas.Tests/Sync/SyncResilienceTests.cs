using Atlas.Core.Sync;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Sync;

public sealed class SyncResilienceTests
{
    [Fact]
    public async Task RunAsync_FivePercentOfEveryFaultKind_FinishesWithEveryTicketRight()
    {
        var faults = new FaultOptions
        {
            ServerErrorRate = 0.05,
            ServiceUnavailableRate = 0.05,
            TruncatedBodyRate = 0.05,
            GarbageBodyRate = 0.05,
            DropConnectionRate = 0.05,
            RetryAfter = TimeSpan.Zero,
            Seed = 11,
        };
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 1500, Faults = faults });

        var full = await harness.SyncAsync();
        EditSome(harness.Jira.Control, 40);
        var incremental = await harness.SyncAsync();

        Assert.True(full.Status == SyncStatus.Success, full.Error);
        Assert.True(incremental.Status == SyncStatus.Success, incremental.Error);
        Assert.Equal(40, incremental.Updated);
        Assert.True(full.ApiCalls > harness.Jira.Control.Counters.Where(c => c.Key.Contains("search/jql", StringComparison.Ordinal)).Sum(c => c.Value) / 2, "retries are counted as API calls");
        harness.Jira.Control.ClearFaults();
        await MirrorAssert.ExactAsync(harness);
    }

    [Fact]
    public async Task RunAsync_RateLimitStormWithRetryAfter_WaitsItOutAndFinishesExact()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 400, RateLimit = new RateLimitOptions(2, 4) });

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, report.Status);
        Assert.Contains(harness.Logs.GetSnapshot(), log => log.Message.Contains("HTTP 429", StringComparison.Ordinal));
        await MirrorAssert.ExactAsync(harness);
    }

    [Fact]
    public async Task RunAsync_JiraDownThroughEveryRetry_FailsWithUnreachableAndKeepsTheCache()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 50 });
        await harness.SyncAsync();
        harness.Jira.Control.FailNext(1000, FaultKind.BadGateway);

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Failed, report.Status);
        Assert.True(report.JiraUnreachable);
        Assert.Contains("502", report.Error, StringComparison.Ordinal);
        Assert.Equal(50, (await harness.Store.CountsAsync(CancellationToken.None)).Live);
    }

    internal static void EditSome(SimulatorControl control, int count)
    {
        foreach (var ticket in control.Tickets().Take(count))
        {
            control.UpdateTicket(ticket.Key, new TicketUpdate { Summary = ticket.Summary + " (retested)" });
        }
    }
}
