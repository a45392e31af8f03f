using Atlas.Core.Storage;
using Atlas.Core.Sync;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreRunTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task StartRunAsync_NewRun_IsTheRunningRun()
    {
        var runId = await Store.StartRunAsync(SyncMode.Incremental, "cli", ["WRKA", "WMB"], StoreHarness.Start, _ct);

        var running = (await Store.GetRunningRunAsync(_ct))!;

        Assert.Equal(runId, running.Report.RunId);
        Assert.Equal((SyncStatus.Running, SyncMode.Incremental, "cli"), (running.Report.Status, running.Report.Mode, running.Report.Trigger));
        Assert.Equal(["WRKA", "WMB"], running.Report.Projects);
        Assert.Equal(StoreHarness.Start, running.Report.StartedAt);
    }

    [Fact]
    public async Task UpdateRunProgressAsync_Running_RecordsProcessedTotalAndHeartbeat()
    {
        var runId = await Store.StartRunAsync(SyncMode.Full, "timer", ["WRKA"], StoreHarness.Start, _ct);
        await Store.UpdateRunProgressAsync(runId, 100, 400, _ct);
        _harness.Time.Advance(TimeSpan.FromSeconds(3));

        await Store.UpdateRunProgressAsync(runId, 200, null, _ct);
        var run = (await Store.GetRunAsync(runId, _ct))!;

        Assert.Equal((200, 400, 50.0), (run.Report.Processed, run.Total, run.Percent));
        Assert.Equal(StoreHarness.Start.AddSeconds(3), run.ProgressAt);
    }

    [Fact]
    public async Task FinishRunAsync_Report_StoredWholeAndNoLongerRunning()
    {
        var runId = await Store.StartRunAsync(SyncMode.Full, "http", ["WRKA"], StoreHarness.Start, _ct);
        var report = new SyncReport
        {
            RunId = runId,
            Mode = SyncMode.Full,
            Trigger = "http",
            Status = SyncStatus.Failed,
            StartedAt = StoreHarness.Start,
            FinishedAt = StoreHarness.Start.AddSeconds(90),
            DurationMs = 90_000,
            Projects = ["WRKA"],
            Processed = 10,
            Created = 4,
            Updated = 3,
            Unchanged = 2,
            Deleted = 1,
            Conflicts = 5,
            Rejected = 1,
            ApiCalls = 12,
            Error = "Jira answered 401",
        };

        await Store.FinishRunAsync(report, _ct);
        var stored = (await Store.GetRunAsync(runId, _ct))!.Report;

        Assert.Equal(report with { Projects = [] }, stored with { Projects = [] });
        Assert.Equal(["WRKA"], stored.Projects);
        Assert.Null(await Store.GetRunningRunAsync(_ct));
    }

    [Fact]
    public async Task FinishRunAsync_UnknownRun_Throws()
    {
        var report = new SyncReport { RunId = 404, Mode = SyncMode.Full, Trigger = "cli", Status = SyncStatus.Success, StartedAt = StoreHarness.Start };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.FinishRunAsync(report, _ct));
    }

    [Fact]
    public async Task ListRunsAsync_SeveralRuns_NewestFirstUpToLimit()
    {
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await Store.StartRunAsync(SyncMode.Incremental, "timer", ["WRKA"], StoreHarness.Start.AddHours(i), _ct));
        }

        var runs = await Store.ListRunsAsync(3, _ct);

        Assert.Equal([ids[3], ids[2], ids[1]], runs.Select(run => run.Report.RunId));
    }

    [Fact]
    public async Task AddRejectionAsync_ForRun_ListedInOrder()
    {
        var runId = await Store.StartRunAsync(SyncMode.Full, "cli", ["WRKA"], StoreHarness.Start, _ct);

        await Store.AddRejectionAsync(runId, "WRKA-9", 9, "unparsable updated date", _ct);
        await Store.AddRejectionAsync(runId, null, 10, "missing key", _ct);

        var rejections = await Store.ListRejectionsAsync(runId, _ct);
        Assert.Equal(["unparsable updated date", "missing key"], rejections.Select(r => r.Reason));
        Assert.Equal(("WRKA-9", 9L, StoreHarness.Start), (rejections[0].TicketKey, rejections[0].TicketId, rejections[0].At));
    }
}
