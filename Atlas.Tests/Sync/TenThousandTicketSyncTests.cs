using Atlas.Core.Sync;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Sync;

/// <summary>The sync core's acceptance scenario: 10,000 tickets mirrored exactly, then a day's changes in a handful of calls.</summary>
public sealed class TenThousandTicketSyncTests
{
    [Fact]
    public async Task RunAsync_FullThenADaysChanges_MirrorsExactlyAndCountsEachChangeOnce()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 10_000, Seed = 7 });

        var full = await harness.SyncAsync(full: true);

        Assert.Equal(SyncStatus.Success, full.Status);
        Assert.Equal(10_000, full.Created);
        await MirrorAssert.ExactAsync(harness);

        var control = harness.Jira.Control;
        var subTasks = SimulatorTickets.SubTaskKeys(control).Take(5).ToList();
        var edited = control.Tickets().Where(t => !subTasks.Contains(t.Key)).Take(100).Select(t => t.Key).ToList();
        foreach (var key in edited)
        {
            control.UpdateTicket(key, new TicketUpdate { Summary = $"Retested: {key}" });
        }

        for (var i = 0; i < 10; i++)
        {
            control.AddTicket(new NewTicket("WRKA", $"Found in exploratory session {i}") { IssueType = "Bug" });
        }

        subTasks.ForEach(control.DeleteTicket);

        var incremental = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, incremental.Status);
        Assert.Equal(SyncMode.Incremental, incremental.Mode);
        Assert.Equal((100, 10, 5), (incremental.Updated, incremental.Created, incremental.Deleted));
        Assert.InRange(incremental.ApiCalls, 1, 6);
        await MirrorAssert.ExactAsync(harness);
    }
}
