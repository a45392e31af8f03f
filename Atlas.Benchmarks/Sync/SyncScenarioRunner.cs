using System.Diagnostics;
using Atlas.Core;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Benchmarks.Sync;

/// <summary>
/// Full sync of a simulated site, then an incremental sync after 100 edits, for each scenario; prints a table.
/// The simulator runs in this process (as the issue asks), so the process peak includes the simulator's site; the
/// "over baseline" column is the peak minus the working set before the sync started — Atlas's own share.
/// Run: <c>dotnet run -c Release --project Atlas.Benchmarks -- sync [--quick]</c>.
/// </summary>
internal static class SyncScenarioRunner
{
    public static async Task<int> RunAsync(bool quick)
    {
        var results = new List<SyncMeasurement>();
        foreach (var scenario in SyncScenario.All(quick))
        {
            results.AddRange(await MeasureAsync(scenario));
            SyncTable.Print([.. results.TakeLast(2)], header: results.Count == 2);
        }

        Console.WriteLine();
        SyncTable.PrintMarkdown(results);
        return 0;
    }

    private static async Task<SyncMeasurement[]> MeasureAsync(SyncScenario scenario)
    {
        var rateLimit = scenario.RequestsPerMinute is { } rpm ? RateLimitOptions.PerMinute(rpm) : RateLimitOptions.Generous;
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = scenario.Tickets, Seed = 42 });
        var folder = Directory.CreateTempSubdirectory("atlas-bench-").FullName;
        try
        {
            await using var services = Services(jira, folder, scenario.RequestsPerMinute ?? 100_000);
            var engine = services.GetRequiredService<SyncEngine>();
            jira.Control.Latency = scenario.Latency;
            jira.Control.RateLimit = rateLimit;

            var full = await MeasureAsync(scenario, "full", () => engine.RunAsync(new SyncRequest { Full = true, Trigger = "benchmark" }));
            foreach (var ticket in jira.Control.Tickets().Take(100))
            {
                jira.Control.UpdateTicket(ticket.Key, new TicketUpdate { Summary = ticket.Summary + " (edited)" });
            }

            var incremental = await MeasureAsync(scenario, "incremental after 100 edits", () => engine.RunAsync(new SyncRequest { Trigger = "benchmark" }));
            return [full, incremental];
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<SyncMeasurement> MeasureAsync(SyncScenario scenario, string phase, Func<Task<SyncReport>> sync)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        using var sampler = new PeakSampler(process);
        var watch = Stopwatch.StartNew();
        var report = await sync();
        watch.Stop();
        var peak = sampler.Stop();
        return new SyncMeasurement(scenario, phase, watch.Elapsed, report.ApiCalls, report.Processed, peak, Math.Max(0, peak - baseline), report.Status);
    }

    private static ServiceProvider Services(SimulatedJira jira, string folder, int requestsPerMinute) =>
        new ServiceCollection()
            .AddLogging()
            .AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Atlas:Jira:BaseUrl"] = jira.BaseUrl,
                ["Atlas:Jira:Email"] = jira.Email,
                ["Atlas:Jira:ApiToken"] = jira.ApiToken,
                ["Atlas:Jira:Projects"] = "WRKA,WMB,QA,PAY,MOB",
                ["Atlas:Jira:RequestsPerMinute"] = requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Atlas:Database:Path"] = Path.Combine(folder, "atlas.db"),
            }).Build())
            .BuildServiceProvider();
}
