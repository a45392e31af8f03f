using Atlas.Core;
using Atlas.Core.Conflicts;
using Atlas.Core.Lookups;
using Atlas.Core.Tickets;
using Atlas.JiraSimulator;
using Atlas.Tests.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Conflicts;

/// <summary>Notes, local-only fields, overrides and pending conflicts outlive every sync path and a restart.</summary>
public sealed class LocalDataDurabilityTests
{
    private static readonly LocalEdit Annotate = new()
    {
        Set = new Dictionary<string, string?> { ["testStatus"] = "passed", ["tags"] = "smoke", ["priority"] = "Lowest", ["labels"] = "zeta, alpha" },
        Note = "Reproduced on Firefox 128",
    };

    [Fact]
    public async Task Sync_FullIncrementalDeletedAndRevived_KeepsNotesLocalFieldsAndOverrides()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 60 });
        await harness.SyncAsync();
        var control = harness.Jira.Control;
        var key = SimulatorTickets.SubTaskKeys(control).First();
        control.UpdateTicket(key, new TicketUpdate { Priority = "High" });
        await harness.SyncAsync();
        await harness.Services.GetRequiredService<LocalEdits>().EditAsync(key, Annotate, "tester");

        await harness.SyncAsync(full: true);
        AssertLocal(await ConflictSyncTests.LookupAsync(harness, key), deleted: false);
        control.UpdateTicket(key, new TicketUpdate { Summary = "Edited in Jira" });
        await harness.SyncAsync();
        AssertLocal(await ConflictSyncTests.LookupAsync(harness, key), deleted: false);
        control.HideTicket(key);
        var hidden = await harness.SyncAsync();
        AssertLocal(await ConflictSyncTests.LookupAsync(harness, key), deleted: true);
        control.UnhideTicket(key);
        await harness.SyncAsync(full: true);

        var revived = await ConflictSyncTests.LookupAsync(harness, key);
        Assert.Equal(1, hidden.Deleted);
        AssertLocal(revived, deleted: false);
        Assert.Equal("Edited in Jira", revived.Summary);
    }

    [Fact]
    public async Task Restart_NewProcessOnSameDatabase_SeesOverridesAndPendingConflicts()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 }, new Dictionary<string, string?> { ["Atlas:Sync:ConflictResolution"] = "MANUAL" });
        var key = harness.Jira.Control.Tickets()[4].Key;
        harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Priority = "Medium" });
        await harness.SyncAsync();
        await harness.Services.GetRequiredService<LocalEdits>().EditAsync(key, Annotate, "tester");
        harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Priority = "Highest" });
        await harness.SyncAsync();

        var settings = SyncHarness.Settings(harness.Jira, Path.GetDirectoryName(harness.DatabasePath)!, null, null);
        await using var restarted = new ServiceCollection()
            .AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

        var ticket = (await restarted.GetRequiredService<TicketLookup>().GetAsync(key, LookupSource.Cache)).Ticket!;
        AssertLocal(ticket, deleted: false);
        var conflict = Assert.Single((await restarted.GetRequiredService<ConflictInbox>().ListAsync()).Conflicts);
        Assert.Equal((key, true), (conflict.Key, conflict.Critical));
        Assert.Equal(new ConflictFieldView("priority", "Medium", "Lowest", "Highest"), Assert.Single(conflict.Fields));
    }

    private static void AssertLocal(TicketView ticket, bool deleted)
    {
        Assert.Equal(deleted, ticket.Deleted);
        Assert.Equal("Reproduced on Firefox 128", Assert.Single(ticket.Local.Notes).Body);
        Assert.Equal("passed", ticket.Local.Fields["testStatus"]);
        Assert.Equal("smoke", ticket.Local.Fields["tags"]);
        Assert.Equal("Lowest", ticket.Priority);
        Assert.Equal(["alpha", "zeta"], ticket.Labels);
        Assert.Equal("Lowest", ticket.Local.Overrides["priority"].Value);
        Assert.Equal("alpha,zeta", ticket.Local.Overrides["labels"].Value);
    }
}
