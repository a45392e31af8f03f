using Atlas.Core.Search;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Search;

/// <summary>A small simulated site and Atlas wired to it without retries, so a fault is "Jira unreachable" at once.</summary>
internal sealed class SmallSite : IAsyncDisposable
{
    private readonly string _folder;

    private SmallSite(SimulatedJira jira, ServiceProvider services, string folder)
    {
        Jira = jira;
        Services = services;
        _folder = folder;
    }

    public SimulatedJira Jira { get; }

    public ServiceProvider Services { get; }

    public SearchService Search => Services.GetRequiredService<SearchService>();

    public string DatabasePath => Path.Combine(_folder, "atlas.db");

    public static async Task<SmallSite> StartAsync(bool synced = true, int tickets = 150)
    {
        var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = tickets, Seed = 3 });
        var folder = Directory.CreateTempSubdirectory("atlas-search-small-").FullName;
        var services = SearchSite.BuildServices(jira, TimeProvider.System, folder, new Dictionary<string, string?> { ["Atlas:Jira:MaxRetries"] = "0" });
        var site = new SmallSite(jira, services, folder);
        if (synced)
        {
            var report = await services.GetRequiredService<SyncEngine>().RunAsync(new SyncRequest { Full = true, Trigger = "test" });
            Assert.Equal(SyncStatus.Success, report.Status);
        }

        return site;
    }

    /// <summary>Every search call fails with 503 from now on (no retries are configured).</summary>
    public void TakeJiraDown() => Jira.Control.FailNext(1000, FaultKind.ServiceUnavailable, "/search/jql");

    public long SearchCalls() => Jira.Control.Counters.Where(pair => pair.Key.Contains("/search/jql", StringComparison.Ordinal)).Sum(pair => pair.Value);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Jira.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
