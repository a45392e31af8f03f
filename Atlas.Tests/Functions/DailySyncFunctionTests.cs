using Atlas.Core.Status;
using Atlas.Functions.Sync;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Tests.Functions;

public sealed class DailySyncFunctionTests
{
    [Fact]
    public async Task RunAsync_TimerFires_SyncsWithTriggerTimerAndLogsTheReport()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        await harness.Function<DailySyncFunction>().RunAsync(new TimerInfo { IsPastDue = true }, CancellationToken.None);

        var run = Assert.Single(await harness.Get<SyncStatusService>().GetHistoryAsync(10));
        Assert.Equal(("timer", "success", 60), (run.Trigger, run.Status, run.Created));
        var logs = harness.Logs.GetSnapshot();
        Assert.Contains(logs, log => log.Id.Id == 7003);
        var report = Assert.Single(logs, log => log.Id.Id == 7002);
        Assert.Contains($"\"runId\":{run.RunId},", report.Message, StringComparison.Ordinal);
        Assert.Contains(logs, log => log.Id.Id == 7001 && log.Message.Contains("Success after 1 attempt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AutoSyncOff_RunsNothing()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: new Dictionary<string, string?> { ["Atlas:Sync:AutoSync"] = "false" });

        await harness.Function<DailySyncFunction>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Empty(await harness.Get<SyncStatusService>().GetHistoryAsync(10));
        Assert.Contains(harness.Logs.GetSnapshot(), log => log.Id.Id == 7001 && log.Message.Contains("Disabled", StringComparison.Ordinal));
    }
}
