using Atlas.Core.Sync;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Sync;

public sealed class SyncEngineTests
{
    [Fact]
    public async Task RunAsync_FirstSync_IsFullAndMirrorsEveryTicket()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300 });

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, report.Status);
        Assert.Equal(SyncMode.Full, report.Mode);
        Assert.Equal(300, report.Created);
        Assert.Equal(0, report.Rejected);
        await MirrorAssert.ExactAsync(harness);
    }

    [Fact]
    public async Task RunAsync_AfterEditsAdditionsDeletionsAndMoves_IncrementalCountsEachOnce()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300 });
        await harness.SyncAsync();
        var control = harness.Jira.Control;
        var tickets = control.Tickets();
        control.UpdateTicket(tickets[0].Key, new TicketUpdate { Summary = "Edited once" });
        control.UpdateTicket(tickets[1].Key, new TicketUpdate { Status = "Done", Labels = ["regression"] });
        control.AddTicket(new NewTicket("WMB", "Added after the first sync") { IssueType = "Bug" });
        control.DeleteTicket(tickets[2].Key);
        var deleted = tickets.Count + 1 - control.Tickets().Count; // sub-tasks go with their parent
        control.MoveTicket(tickets[3].Key, tickets[3].Project == "QA" ? "PAY" : "QA");

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, report.Status);
        Assert.Equal(SyncMode.Incremental, report.Mode);
        Assert.Equal(1, report.Created);
        Assert.Equal(3, report.Updated);
        Assert.Equal(deleted, report.Deleted);
        await MirrorAssert.ExactAsync(harness);
    }
}
