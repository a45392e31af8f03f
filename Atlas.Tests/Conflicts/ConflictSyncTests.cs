using Atlas.Core.Conflicts;
using Atlas.Core.Health;
using Atlas.Core.Lookups;
using Atlas.Core.Search;
using Atlas.Core.Status;
using Atlas.JiraSimulator;
using Atlas.Tests.Notifications;
using Atlas.Tests.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Conflicts;

/// <summary>Conflicts end to end: the simulator changes tickets over real HTTP, the tester edits locally, syncs merge.</summary>
public sealed class ConflictSyncTests
{
    [Theory]
    [InlineData(-120, "jira", "Summary from Jira")]
    [InlineData(-120, "local", "Summary from the tester")]
    [InlineData(120, "jira", "Summary from Jira")]
    [InlineData(120, "local", "Summary from the tester")]
    public async Task Sync_NewestWinsWithJiraClockSkewed_LaterEditInRealTimeWins(int skewMinutes, string editedLast, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SyncHarness.StartAsync(
            new SimulatorOptions { Tickets = 40, TimeProvider = clock, ClockSkew = TimeSpan.FromMinutes(skewMinutes) },
            new Dictionary<string, string?> { ["Atlas:Sync:ConflictResolution"] = "NEWEST_WINS" },
            atlasTime: clock);
        await harness.SyncAsync();
        var key = harness.Jira.Control.Tickets()[3].Key;
        var edits = harness.Services.GetRequiredService<LocalEdits>();
        Func<Task> local = () => edits.EditAsync(key, new LocalEdit { Set = new Dictionary<string, string?> { ["summary"] = "Summary from the tester" } }, "tester");
        Func<Task> jira = () => Task.FromResult(harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Summary = "Summary from Jira" }));
        await (editedLast == "jira" ? local : jira)();
        clock.Advance(TimeSpan.FromMinutes(1));
        await (editedLast == "jira" ? jira : local)();
        clock.Advance(TimeSpan.FromMinutes(1));

        var report = await harness.SyncAsync();

        var shown = await LookupAsync(harness, key);
        Assert.Equal(expected, shown.Summary);
        Assert.Equal((1, 1, 0), (report.Conflicts, report.AutoResolved, report.Pending));
        var entry = Assert.Single((await harness.Services.GetRequiredService<ConflictInbox>().LogAsync()).Entries);
        Assert.Equal(editedLast == "jira" ? FieldOutcomes.TookJira : FieldOutcomes.KeptLocal, entry.Outcome);
        Assert.Equal("Summary from the tester", entry.Local);
    }

    [Fact]
    public async Task Sync_ManualForCriticalOnly_QueuesCriticalTicketFallsBackForOthersAndNotifiesWebhook()
    {
        await using var webhook = await WebhookListener.StartAsync();
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 }, new Dictionary<string, string?>
        {
            ["Atlas:Sync:ConflictResolution"] = "MANUAL",
            ["Atlas:Sync:ManualFor"] = "critical",
            ["Atlas:Sync:FallbackResolution"] = "LOCAL_WINS",
            ["Atlas:Notifications:WebhookUrl"] = webhook.Url.ToString(),
        });
        var control = harness.Jira.Control;
        var (critical, ordinary) = (control.Tickets()[1].Key, control.Tickets()[2].Key);
        control.UpdateTicket(critical, new TicketUpdate { Priority = "Highest" });
        control.UpdateTicket(ordinary, new TicketUpdate { Priority = "Low" });
        await harness.SyncAsync();
        await EditSummaryAsync(harness, critical, "Local summary A");
        await EditSummaryAsync(harness, ordinary, "Local summary B");
        control.UpdateTicket(critical, new TicketUpdate { Summary = "Jira summary A" });
        control.UpdateTicket(ordinary, new TicketUpdate { Summary = "Jira summary B" });

        var report = await harness.SyncAsync();

        Assert.Equal((2, 1, 1), (report.Conflicts, report.AutoResolved, report.Pending));
        Assert.Equal("Local summary A", (await LookupAsync(harness, critical)).Summary);
        Assert.Equal("Local summary B", (await LookupAsync(harness, ordinary)).Summary);
        var inbox = await harness.Services.GetRequiredService<ConflictInbox>().ListAsync();
        var conflict = Assert.Single(inbox.Conflicts);
        Assert.Equal((critical, true, 1), (conflict.Key, conflict.Critical, inbox.Critical));
        Assert.Equal(new ConflictFieldView("summary", conflict.Fields[0].Base, "Local summary A", "Jira summary A"), conflict.Fields.Single());
        var received = await webhook.NextAsync();
        Assert.Equal("conflict.critical", received.Json.GetProperty("event").GetString());
        Assert.Equal(critical, received.Json.GetProperty("conflicts")[0].GetProperty("key").GetString());
        Assert.Equal(conflict.Id, received.Json.GetProperty("conflicts")[0].GetProperty("conflictId").GetInt64());
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains($"Critical ticket {critical} has a conflict", StringComparison.Ordinal));
        var status = await harness.Services.GetRequiredService<SyncStatusService>().GetStatusAsync();
        Assert.Equal(new ConflictTotals(1, 1), status.Conflicts);
        var health = await harness.Services.GetRequiredService<HealthService>().CheckAsync();
        Assert.Equal(HealthStatus.Degraded, health.Checks["conflicts"].Status);
        Assert.Contains("1 critical ticket(s)", health.Checks["conflicts"].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_CriticalJqlMatch_GoesToTheInbox()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 }, new Dictionary<string, string?>
        {
            ["Atlas:Sync:ConflictResolution"] = "MANUAL",
            ["Atlas:Sync:ManualFor"] = "critical",
            ["Atlas:Sync:CriticalPriorities:0"] = "NoSuchPriority",
            ["Atlas:Sync:CriticalJql"] = "labels = conflict-drill",
        });
        var control = harness.Jira.Control;
        var (tagged, plain) = (control.Tickets()[1].Key, control.Tickets()[2].Key);
        control.UpdateTicket(tagged, new TicketUpdate { Labels = ["conflict-drill"] });
        await harness.SyncAsync();
        await EditSummaryAsync(harness, tagged, "Local A");
        await EditSummaryAsync(harness, plain, "Local B");
        control.UpdateTicket(tagged, new TicketUpdate { Summary = "Jira A" });
        control.UpdateTicket(plain, new TicketUpdate { Summary = "Jira B" });

        var report = await harness.SyncAsync();

        Assert.Equal((2, 1, 1), (report.Conflicts, report.AutoResolved, report.Pending));
        Assert.Equal(tagged, Assert.Single((await harness.Services.GetRequiredService<ConflictInbox>().ListAsync()).Conflicts).Key);
        Assert.Equal("Jira B", (await LookupAsync(harness, plain)).Summary);
    }

    [Fact]
    public async Task Resolve_TakeLocal_SurvivesNextSyncUntilJiraChangesTheFieldAgain()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 }, new Dictionary<string, string?> { ["Atlas:Sync:ConflictResolution"] = "MANUAL" });
        var control = harness.Jira.Control;
        var key = control.Tickets()[5].Key;
        await harness.SyncAsync();
        await EditSummaryAsync(harness, key, "Mine");
        control.UpdateTicket(key, new TicketUpdate { Summary = "Theirs" });
        await harness.SyncAsync();
        var inbox = harness.Services.GetRequiredService<ConflictInbox>();
        var pending = Assert.Single((await inbox.ListAsync()).Conflicts);

        var resolved = await inbox.ResolveAsync(pending.Id, new ConflictDecision { Take = "local" }, "tess");
        control.UpdateTicket(key, new TicketUpdate { Priority = "Lowest" }); // another field: the ticket changes, the summary does not
        var quiet = await harness.SyncAsync();
        var afterQuiet = await LookupAsync(harness, key);
        control.UpdateTicket(key, new TicketUpdate { Summary = "Theirs again" });
        var again = await harness.SyncAsync(strategy: "JIRA_WINS");

        Assert.Equal((ConflictStatuses.Resolved, "tess"), (resolved.Status, resolved.ResolvedBy));
        Assert.Equal((0, 1), (quiet.Conflicts, quiet.Merged));
        Assert.Equal(("Mine", "Lowest"), (afterQuiet.Summary, afterQuiet.Priority));
        Assert.Empty((await inbox.ListAsync()).Conflicts);
        Assert.Equal((1, 1), (again.Conflicts, again.AutoResolved));
        Assert.Equal("Theirs again", (await LookupAsync(harness, key)).Summary);
        var log = (await inbox.LogAsync(keyOrId: key)).Entries;
        Assert.Equal([FieldOutcomes.TookJira, FieldOutcomes.ResolvedLocal, FieldOutcomes.Pending], log.Select(e => e.Outcome));
        Assert.Equal(("tess", false), (log[1].ResolvedBy, log[1].Automatic));
        Assert.Equal("Mine", log[0].Local); // the overruled local edit is kept in the log
    }

    [Fact]
    public async Task Edit_ClearingAPendingField_ClosesTheConflictAndLogsWhoDidIt()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 }, new Dictionary<string, string?> { ["Atlas:Sync:ConflictResolution"] = "MANUAL" });
        var key = harness.Jira.Control.Tickets()[8].Key;
        await harness.SyncAsync();
        await EditSummaryAsync(harness, key, "Mine");
        harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Summary = "Theirs" });
        await harness.SyncAsync();
        var inbox = harness.Services.GetRequiredService<ConflictInbox>();
        var id = Assert.Single((await inbox.ListAsync()).Conflicts).Id;

        await harness.Services.GetRequiredService<LocalEdits>().EditAsync(key, new LocalEdit { Clear = ["summary"] }, "tess");

        Assert.Empty((await inbox.ListAsync()).Conflicts);
        Assert.Equal((ConflictStatuses.Resolved, "tess"), ((await inbox.GetAsync(id))!.Status, (await inbox.GetAsync(id))!.ResolvedBy));
        var entry = (await inbox.LogAsync(keyOrId: key)).Entries[0];
        Assert.Equal((FieldOutcomes.ResolvedJira, "Theirs", "tess"), (entry.Outcome, entry.Value, entry.ResolvedBy));
        Assert.Equal("Theirs", (await LookupAsync(harness, key)).Summary);
    }

    [Fact]
    public async Task Sync_PerSyncStrategy_OverridesTheConfiguredOne()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 });
        var key = harness.Jira.Control.Tickets()[7].Key;
        await harness.SyncAsync();
        await EditSummaryAsync(harness, key, "Mine");
        harness.Jira.Control.UpdateTicket(key, new TicketUpdate { Summary = "Theirs" });

        var report = await harness.SyncAsync(strategy: "local-wins");

        Assert.Equal("Mine", (await LookupAsync(harness, key)).Summary);
        var stored = (await harness.Store.GetRunAsync(report.RunId, CancellationToken.None))!.Report;
        Assert.Equal((1, 1, 0, 0), (stored.Conflicts, stored.AutoResolved, stored.Pending, stored.Merged));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.SyncAsync(strategy: "COIN_TOSS"));
    }

    [Theory]
    [InlineData(SearchSource.Live)]
    [InlineData(SearchSource.Offline)]
    public async Task Search_LocalOverride_ShowsTheEffectiveValueWithJirasBeside(SearchSource source)
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 40 });
        await harness.SyncAsync();
        var ticket = harness.Jira.Control.Tickets()[6];
        await EditSummaryAsync(harness, ticket.Key, "Tester's summary");

        var response = await harness.Services.GetRequiredService<SearchService>().SearchAsync($"key = {ticket.Key}", source);

        var found = Assert.Single(response.Results!.Issues);
        Assert.Equal("Tester's summary", found.Summary);
        Assert.Equal(ticket.Summary, found.Local.Overrides["summary"].Jira);
    }

    private static Task<Atlas.Core.Tickets.TicketView> EditSummaryAsync(SyncHarness harness, string key, string summary) =>
        harness.Services.GetRequiredService<LocalEdits>().EditAsync(key, new LocalEdit { Set = new Dictionary<string, string?> { ["summary"] = summary } }, "tester");

    internal static async Task<Atlas.Core.Tickets.TicketView> LookupAsync(SyncHarness harness, string key) =>
        (await harness.Services.GetRequiredService<TicketLookup>().GetAsync(key, LookupSource.Cache)).Ticket!;
}
