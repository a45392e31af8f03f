using System.Diagnostics;
using System.Globalization;
using Atlas.Core;
using Atlas.Core.Conflicts;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Benchmarks.Conflicts;

/// <summary>
/// What local edits cost a sync, on a simulated site with no latency (Atlas's own cost): a full sync, then 1,000
/// local edits (summary), then 100 Jira changes — 20 on the same field as a local edit (4 of them on Highest tickets),
/// 30 on another field of an edited ticket, 50 on unedited tickets — and the incremental sync that merges them under
/// MANUAL-for-critical with a JIRA_WINS fallback; then a full re-sync with the 1,000 overrides in place. Prints a table.
/// Run: <c>dotnet run -c Release --project Atlas.Benchmarks -- conflicts [--quick]</c>.
/// </summary>
internal static class ConflictScenarioRunner
{
    private const int LocalEdits = 1_000;

    public static async Task<int> RunAsync(bool quick)
    {
        Console.WriteLine("| tickets | step | wall | merged | conflicts | autoResolved | pending | updated |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var tickets in quick ? new[] { 2_000 } : [10_000, 50_000])
        {
            await MeasureAsync(tickets);
        }

        return 0;
    }

    private static async Task MeasureAsync(int tickets)
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = tickets, Seed = 42 });
        var folder = Directory.CreateTempSubdirectory("atlas-bench-conflicts-").FullName;
        try
        {
            await using var services = Services(jira, folder);
            var engine = services.GetRequiredService<SyncEngine>();
            var keys = jira.Control.Tickets().Select(t => t.Key).ToList();
            PrepareCriticality(jira.Control, keys);
            Print(tickets, "full sync (no local edits)", await TimeAsync(async () => await engine.RunAsync(new SyncRequest { Full = true, Trigger = "benchmark" })));
            Print(tickets, $"{LocalEdits:N0} local edits (one transaction each)", await TimeAsync(() => EditAsync(services.GetRequiredService<LocalEdits>(), keys)));
            ChangeInJira(jira.Control, keys);
            Print(tickets, "incremental after 100 Jira changes", await TimeAsync(async () => await engine.RunAsync(new SyncRequest { Trigger = "benchmark" })));
            Print(tickets, $"full re-sync with {LocalEdits:N0} overrides", await TimeAsync(async () => await engine.RunAsync(new SyncRequest { Full = true, Trigger = "benchmark" })));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // The 20 same-field tickets: 4 critical (Highest), 16 not; nothing else of the overlap is critical.
    private static void PrepareCriticality(SimulatorControl control, List<string> keys)
    {
        for (var i = 0; i < 50; i++)
        {
            control.UpdateTicket(keys[i], new TicketUpdate { Priority = i < 4 ? "Highest" : "Medium" });
        }
    }

    private static async Task<SyncReport?> EditAsync(LocalEdits edits, List<string> keys)
    {
        foreach (var key in keys.Take(LocalEdits))
        {
            await edits.EditAsync(key, new LocalEdit { Set = new Dictionary<string, string?> { ["summary"] = $"Tester's wording of {key}" } }, "benchmark");
        }

        return null;
    }

    private static void ChangeInJira(SimulatorControl control, List<string> keys)
    {
        keys[..20].ForEach(key => control.UpdateTicket(key, new TicketUpdate { Summary = $"Jira's wording of {key}" }));
        keys[20..50].ForEach(key => control.UpdateTicket(key, new TicketUpdate { Labels = ["benchmark"] }));
        keys[LocalEdits..(LocalEdits + 50)].ForEach(key => control.UpdateTicket(key, new TicketUpdate { Summary = $"Changed in Jira: {key}" }));
    }

    private static async Task<(TimeSpan Wall, SyncReport? Report)> TimeAsync(Func<Task<SyncReport?>> step)
    {
        var watch = Stopwatch.StartNew();
        var report = await step();
        return (watch.Elapsed, report);
    }

    private static void Print(int tickets, string step, (TimeSpan Wall, SyncReport? Report) result)
    {
        var r = result.Report;
        string Count(Func<SyncReport, int> pick) => r is null ? "" : pick(r).ToString("N0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {tickets:N0} | {step} | {result.Wall.TotalSeconds:0.00} s | {Count(x => x.Merged)} | {Count(x => x.Conflicts)} | {Count(x => x.AutoResolved)} | {Count(x => x.Pending)} | {Count(x => x.Updated)} |"));
    }

    private static ServiceProvider Services(SimulatedJira jira, string folder) =>
        new ServiceCollection()
            .AddLogging()
            .AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Atlas:Jira:BaseUrl"] = jira.BaseUrl,
                ["Atlas:Jira:Email"] = jira.Email,
                ["Atlas:Jira:ApiToken"] = jira.ApiToken,
                ["Atlas:Jira:Projects"] = "WRKA,WMB,QA,PAY,MOB",
                ["Atlas:Jira:RequestsPerMinute"] = "100000",
                ["Atlas:Database:Path"] = Path.Combine(folder, "atlas.db"),
                ["Atlas:Sync:ConflictResolution"] = "MANUAL",
                ["Atlas:Sync:ManualFor"] = "critical",
            }).Build())
            .BuildServiceProvider();
}
