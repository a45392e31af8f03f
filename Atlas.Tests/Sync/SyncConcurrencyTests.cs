using Atlas.Core.Sync;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Sync;

public sealed class SyncConcurrencyTests
{
    [Fact]
    public async Task RunAsync_TwoProcessesAtOnce_OneRunsAndTheOtherIsSkipped()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 400, Latency = TimeSpan.FromMilliseconds(30) });
        await using var first = await SyncHarness.StartAsync(sharedJira: jira);
        await using var second = await SyncHarness.StartAsync(
            sharedJira: jira,
            settings: new Dictionary<string, string?> { ["Atlas:Database:Path"] = first.DatabasePath });

        var reports = await Task.WhenAll(first.SyncAsync(), second.SyncAsync());

        Assert.Single(reports, r => r.Status == SyncStatus.Success);
        var skipped = Assert.Single(reports, r => r.Status == SyncStatus.Skipped);
        Assert.Contains("already running", skipped.Error, StringComparison.Ordinal);
        Assert.Equal(0, skipped.ApiCalls);
        await MirrorAssert.ExactAsync(first);
    }

    [Fact]
    public async Task RunAsync_AfterASkippedRun_HistoryShowsBothAndTheLeaseIsFree()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 100, Latency = TimeSpan.FromMilliseconds(30) });
        await using var harness = await SyncHarness.StartAsync(sharedJira: jira);

        await Task.WhenAll(harness.SyncAsync(), harness.SyncAsync());
        var third = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, third.Status);
        var runs = await harness.Store.ListRunsAsync(10, CancellationToken.None);
        Assert.Equal(3, runs.Count);
        Assert.Equal(SyncStatus.Success, runs[0].Report.Status);
        Assert.Equal([SyncStatus.Skipped, SyncStatus.Success], runs.Skip(1).Select(r => r.Report.Status).Order(StringComparer.Ordinal));
        Assert.Null(await harness.Store.GetLeaseAsync(Atlas.Core.Storage.SyncLease.Sync, CancellationToken.None));
    }
}
