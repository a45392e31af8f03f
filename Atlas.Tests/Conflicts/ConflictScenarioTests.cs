using Atlas.Core.Conflicts;
using Atlas.JiraSimulator;
using Atlas.Tests.Sync;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Atlas.Tests.Conflicts;

/// <summary>
/// The scenario over the simulator: 1,000 tickets, 200 edited locally (summary), 300 changed in Jira, of which
/// 100 overlap with the local edits: 70 in another field (labels) and 30 in the same field (summary). MANUAL is kept
/// for critical tickets (5 of the 30 are Highest), the rest fall back to JIRA_WINS.
/// </summary>
public sealed class ConflictScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sync_ThousandTicketsWithOverlappingEdits_CountsEachOutcomeExactly()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 1000 }, new Dictionary<string, string?>
        {
            ["Atlas:Sync:ConflictResolution"] = "MANUAL",
            ["Atlas:Sync:ManualFor"] = "critical",
            ["Atlas:Sync:FallbackResolution"] = "JIRA_WINS",
        });
        var control = harness.Jira.Control;
        var keys = control.Tickets().Select(t => t.Key).ToList();
        var (edited, sameField, otherField, jiraOnly) = (keys[..200], keys[..30], keys[30..100], keys[200..400]);
        foreach (var (key, i) in sameField.Select((k, i) => (k, i)))
        {
            control.UpdateTicket(key, new TicketUpdate { Priority = i < 5 ? "Highest" : "Medium" });
        }

        foreach (var key in otherField)
        {
            control.UpdateTicket(key, new TicketUpdate { Priority = "Medium" }); // no critical ticket among them
        }

        await harness.SyncAsync();
        var edits = harness.Services.GetRequiredService<LocalEdits>();
        foreach (var key in edited)
        {
            await edits.EditAsync(key, new LocalEdit { Set = new Dictionary<string, string?> { ["summary"] = $"Tester's wording of {key}" } }, "tester");
        }

        sameField.ForEach(key => control.UpdateTicket(key, new TicketUpdate { Summary = $"Jira's wording of {key}" }));
        otherField.ForEach(key => control.UpdateTicket(key, new TicketUpdate { Labels = ["scenario"] }));
        jiraOnly.ForEach(key => control.UpdateTicket(key, new TicketUpdate { Summary = $"Changed in Jira: {key}" }));

        var report = await harness.SyncAsync();

        Assert.Equal(300, report.Updated);
        Assert.Equal((70, 30, 25, 5), (report.Merged, report.Conflicts, report.AutoResolved, report.Pending));
        var inbox = await harness.Services.GetRequiredService<ConflictInbox>().ListAsync();
        Assert.Equal(sameField[..5].Order(), inbox.Conflicts.Select(c => c.Key).Order());
        Assert.All(inbox.Conflicts, c => Assert.True(c.Critical));
        var log = await harness.Services.GetRequiredService<ConflictInbox>().LogAsync(1000);
        Assert.Equal(30, log.Count);
        Assert.Equal(25, log.Entries.Count(e => e.Outcome == FieldOutcomes.TookJira && e.Local!.StartsWith("Tester's", StringComparison.Ordinal)));
        var overlapping = report.Merged + report.Conflicts;
        output.WriteLine($"overlapping edits {overlapping}: merged {report.Merged}, strategy-resolved {report.AutoResolved}, pending {report.Pending}; " +
            $"settled without a person: {100.0 * (report.Merged + report.AutoResolved) / overlapping:0.0}% of overlapping edits, {100.0 * (edited.Count - report.Pending) / edited.Count:0.0}% of all local edits");
    }
}
