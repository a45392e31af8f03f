using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Sync;

/// <summary>
/// The watermark lives in Jira's time: the server's <c>updated</c> values and <c>Date</c> header, written as JQL in the
/// Jira user's time zone. These tests move the simulator's clock (and its user's zone) and check nothing is missed.
/// </summary>
public sealed class SyncTimeTests
{
    [Theory]
    [InlineData("America/Los_Angeles")]
    [InlineData("Asia/Kathmandu")]
    [InlineData("Pacific/Chatham")]
    public async Task RunAsync_EditsAroundLocalMidnight_AreCaughtInEveryZone(string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var lateEvening = new DateTimeOffset(2026, 11, 26, 23, 40, 0, tz.GetUtcOffset(new DateTime(2026, 11, 26, 23, 40, 0)));
        var clock = new FakeTimeProvider(lateEvening);
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300, TimeZone = zone, TimeProvider = clock });
        await harness.SyncAsync();
        var control = harness.Jira.Control;
        var tickets = control.Tickets();

        clock.Advance(TimeSpan.FromMinutes(19.5)); // 23:59:30 local
        control.UpdateTicket(tickets[0].Key, new TicketUpdate { Summary = "Edited at 23:59 local" });
        var beforeMidnight = await harness.SyncAsync();
        clock.Advance(TimeSpan.FromMinutes(1)); // 00:00:30 local, the next day
        control.UpdateTicket(tickets[1].Key, new TicketUpdate { Summary = "Edited just after midnight" });
        var afterMidnight = await harness.SyncAsync();

        Assert.Equal((1, 1), (beforeMidnight.Updated, afterMidnight.Updated));
        await MirrorAssert.ExactAsync(harness);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-10)]
    public async Task RunAsync_ServerClockSkewedFromOurs_MissesNothing(int skewMinutes)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300, TimeProvider = clock, ClockSkew = TimeSpan.FromMinutes(skewMinutes) });
        await harness.SyncAsync();
        var control = harness.Jira.Control;

        clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var ticket in control.Tickets().Take(5))
        {
            control.UpdateTicket(ticket.Key, new TicketUpdate { Priority = "Highest" });
        }

        var report = await harness.SyncAsync();

        Assert.Equal(5, report.Updated);
        await MirrorAssert.ExactAsync(harness);
    }

    [Fact]
    public async Task RunAsync_TicketEditedWhileTheSyncPages_IsCaughtByTheNextSync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 800, Projects = ["WRKA"], TimeProvider = clock });
        var control = harness.Jira.Control;
        var oldest = control.Tickets().MinBy(t => t.Updated)!;
        var editAfterFirstPage = new OnPage(1, () =>
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            control.UpdateTicket(oldest.Key, new TicketUpdate { Summary = "Edited while the first sync paged" });
        });

        var first = await harness.Engine.RunAsync(new SyncRequest(), editAfterFirstPage);
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await harness.SyncAsync();

        Assert.Equal((SyncStatus.Success, SyncStatus.Success), (first.Status, second.Status));
        await MirrorAssert.ExactAsync(harness);
        var stored = await harness.Store.GetByKeyAsync(oldest.Key, CancellationToken.None);
        Assert.Equal("Edited while the first sync paged", stored!.Ticket.Summary);
    }

    [Fact]
    public async Task RunAsync_SearchLagHidesAnEdit_TheNextSyncAfterTheLagCatchesIt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300, TimeProvider = clock });
        await harness.SyncAsync();
        var control = harness.Jira.Control;
        control.SearchLag = TimeSpan.FromMinutes(3);
        var quiet = control.Tickets().MinBy(t => t.Updated)!;

        clock.Advance(TimeSpan.FromMinutes(1));
        control.UpdateTicket(quiet.Key, new TicketUpdate { Summary = "Edited under search lag" });
        var during = await harness.SyncAsync();
        clock.Advance(TimeSpan.FromMinutes(4));
        var after = await harness.SyncAsync();

        Assert.Equal((0, 1), (during.Updated, after.Updated));
        await MirrorAssert.ExactAsync(harness);
    }

    [Fact]
    public async Task RunAsync_RecentlyChangedTicketEditedAgainUnderLag_IsReadFreshThroughReconcile()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 300, TimeProvider = clock });
        var control = harness.Jira.Control;
        var ticket = control.Tickets()[5];
        control.UpdateTicket(ticket.Key, new TicketUpdate { Summary = "First edit" });
        clock.Advance(TimeSpan.FromMinutes(1));
        await harness.SyncAsync();
        control.SearchLag = TimeSpan.FromMinutes(3);

        clock.Advance(TimeSpan.FromMinutes(1));
        control.UpdateTicket(ticket.Key, new TicketUpdate { Summary = "Second edit, still invisible to plain search" });
        var report = await harness.SyncAsync();

        Assert.Equal(1, report.Updated);
        var stored = await harness.Store.GetByKeyAsync(ticket.Key, CancellationToken.None);
        Assert.Equal("Second edit, still invisible to plain search", stored!.Ticket.Summary);
    }

    private sealed class OnPage(int page, Action action) : IProgress<SyncProgress>
    {
        private int _pages;

        public void Report(SyncProgress value)
        {
            if (Interlocked.Increment(ref _pages) == page)
            {
                action();
            }
        }
    }
}
