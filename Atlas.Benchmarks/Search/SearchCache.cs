using System.Diagnostics;
using System.Globalization;
using Atlas.Core;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Benchmarks.Search;

/// <summary>
/// A cache of simulated tickets for the search benchmark, synced once from the in-process simulator (the real write
/// path, so indexes and FTS rows are what users get) and kept in the temp folder for later runs.
/// </summary>
internal static class SearchCache
{
    /// <summary>Where the cache for <paramref name="tickets"/> tickets lives between runs.</summary>
    public static string PathFor(int tickets) =>
        Path.Combine(Path.GetTempPath(), "atlas-bench-search", string.Create(CultureInfo.InvariantCulture, $"atlas-{tickets}.db"));

    /// <summary>Returns the cache's path, syncing it first when it is missing or holds another number of tickets.</summary>
    public static async Task<string> EnsureAsync(int tickets)
    {
        var path = PathFor(tickets);
        if (File.Exists(path) && await CountAsync(path) == tickets)
        {
            Console.WriteLine($"Reusing the cache {path} ({tickets:N0} tickets); delete it to sync a fresh one.");
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DeleteDatabase(path);
        await SyncAsync(path, tickets);
        return path;
    }

    /// <summary>Atlas wired to the cache; the Jira address is never called by offline searches.</summary>
    public static ServiceProvider Services(string path, string baseUrl = "http://127.0.0.1:9", string email = "bench@example.com", string token = "unused") =>
        new ServiceCollection()
            .AddLogging()
            .AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Atlas:Jira:BaseUrl"] = baseUrl,
                ["Atlas:Jira:Email"] = email,
                ["Atlas:Jira:ApiToken"] = token,
                ["Atlas:Jira:Projects"] = "WRKA,WMB,QA,PAY,MOB",
                ["Atlas:Jira:RequestsPerMinute"] = "100000",
                ["Atlas:Database:Path"] = path,
            }).Build())
            .BuildServiceProvider();

    private static async Task SyncAsync(string path, int tickets)
    {
        Console.WriteLine($"Syncing {tickets:N0} simulated tickets into {path} (once; later runs reuse it)…");
        var watch = Stopwatch.StartNew();
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = tickets, Seed = 42, RateLimit = RateLimitOptions.Generous });
        await using (var services = Services(path, jira.BaseUrl, jira.Email, jira.ApiToken))
        {
            var report = await services.GetRequiredService<SyncEngine>().RunAsync(new SyncRequest { Full = true, Trigger = "benchmark" });
            if (report.Status != SyncStatus.Success)
            {
                throw new InvalidOperationException($"The benchmark sync failed: {report.Error}");
            }
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Synced in {watch.Elapsed.TotalSeconds:0.0} s.");
    }

    private static async Task<long> CountAsync(string path)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM jira_tickets WHERE deleted_at IS NULL AND EXISTS (SELECT 1 FROM sync_runs WHERE status = 'success')";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
