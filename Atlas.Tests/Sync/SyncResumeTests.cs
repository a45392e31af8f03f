using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Sync;

public sealed class SyncResumeTests
{
    [Fact]
    public async Task RunAsync_CancelledAfterSomePages_NextRunResumesFromTheCheckpointAndEndsExact()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 1200, Projects = ["WRKA"] });
        using var cancel = new CancellationTokenSource();
        var stopAfterThreePages = new StopAfter(pages: 3, () => cancel.Cancel());

        var interrupted = await harness.Engine.RunAsync(new SyncRequest(), stopAfterThreePages, cancel.Token);

        Assert.Equal(SyncStatus.Failed, interrupted.Status);
        Assert.StartsWith("Cancelled", interrupted.Error, StringComparison.Ordinal);
        var checkpoint = await harness.Store.GetCheckpointAsync("WRKA", CancellationToken.None);
        Assert.NotNull(checkpoint);
        Assert.InRange(interrupted.Created, 300, 400);

        harness.Jira.Control.ResetCounters();
        var resumed = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, resumed.Status);
        Assert.Equal(SyncMode.Full, resumed.Mode);
        Assert.Equal(1200 - interrupted.Created, resumed.Created);
        Assert.True(harness.Jira.Control.Counters["POST /rest/api/3/search/jql"] <= 9 + 1, "the resumed pass reads only the pages it had not stored (plus the census)");
        Assert.Null(await harness.Store.GetCheckpointAsync("WRKA", CancellationToken.None));
        await MirrorAssert.ExactAsync(harness);
        Assert.Equal("ok", await IntegrityAsync(harness.DatabasePath));
    }

    [Fact]
    public async Task RunAsync_CrashWhileStoringAPage_LosesAtMostThatPage()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 600, Projects = ["WRKA"] });
        var crashOnPageFour = new StopAfter(pages: 4, () => throw new IOException("simulated crash"));

        var crashed = await harness.Engine.RunAsync(new SyncRequest(), crashOnPageFour);

        Assert.Equal(SyncStatus.Failed, crashed.Status);
        Assert.Equal(400, (await harness.Store.CountsAsync(CancellationToken.None)).Live);

        var resumed = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, resumed.Status);
        Assert.Equal(200, resumed.Created);
        await MirrorAssert.ExactAsync(harness);
        Assert.Equal("ok", await IntegrityAsync(harness.DatabasePath));
    }

    [Fact]
    public async Task RunAsync_ExpiredCheckpointToken_StartsThePassAgain()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300, Projects = ["WRKA"] });
        await harness.Store.SaveCheckpointAsync(new SyncCheckpoint("WRKA", SyncMode.Full, 99, "project = \"WRKA\" ORDER BY updated ASC, key ASC", "bm90LWEtdG9rZW4", 2), CancellationToken.None);

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, report.Status);
        Assert.Equal(300, report.Created);
        Assert.Contains(harness.Logs.GetSnapshot(), log => log.Message.Contains("could not resume", StringComparison.Ordinal));
    }

    internal static async Task<string> IntegrityAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs an action when the engine reports the Nth stored page — a cancel, or a throw that stands in for a crash.</summary>
    private sealed class StopAfter(int pages, Action action) : IProgress<SyncProgress>
    {
        private int _pages;

        public void Report(SyncProgress value)
        {
            if (Interlocked.Increment(ref _pages) == pages)
            {
                action();
            }
        }
    }
}
