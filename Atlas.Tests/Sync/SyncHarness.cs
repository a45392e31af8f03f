using Atlas.Core;
using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Atlas.Tests.Sync;

/// <summary>
/// A simulated Jira site on 127.0.0.1 and Atlas.Core wired to it over real HTTP, with its own SQLite file in a temp
/// folder. Retries back off from 50 ms so fault tests stay quick; everything else is as configured for users.
/// </summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly bool _ownsJira;

    private SyncHarness(SimulatedJira jira, bool ownsJira, ServiceProvider services, string folder, FakeLogCollector logs)
    {
        _ownsJira = ownsJira;
        Jira = jira;
        Services = services;
        _folder = folder;
        Logs = logs;
    }

    public SimulatedJira Jira { get; }

    public ServiceProvider Services { get; }

    public FakeLogCollector Logs { get; }

    public string DatabasePath => Path.Combine(_folder, "atlas.db");

    public SyncEngine Engine => Services.GetRequiredService<SyncEngine>();

    public TicketStore Store => Services.GetRequiredService<TicketStore>();

    /// <summary>Starts a simulator (or uses <paramref name="sharedJira"/>) and Atlas over it; <paramref name="atlasTime"/> is Atlas's
    /// clock (default the system's): pass the simulator's fake clock to order local and Jira edits exactly.</summary>
    public static async Task<SyncHarness> StartAsync(
        SimulatorOptions? simulator = null, IDictionary<string, string?>? settings = null, SimulatedJira? sharedJira = null, TimeProvider? atlasTime = null)
    {
        var jira = sharedJira ?? await SimulatedJira.StartAsync(simulator ?? new SimulatorOptions { Tickets = 200 });
        var folder = Directory.CreateTempSubdirectory("atlas-sync-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(jira, folder, simulator, settings)).Build();
        var logs = new FakeLogCollector();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug));
        if (atlasTime is not null)
        {
            services.AddSingleton(atlasTime);
        }

        return new SyncHarness(jira, sharedJira is null, services.AddAtlasCore(configuration).BuildServiceProvider(), folder, logs);
    }

    public static Dictionary<string, string?> Settings(SimulatedJira jira, string folder, SimulatorOptions? simulator, IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Atlas:Jira:BaseUrl"] = jira.BaseUrl,
            ["Atlas:Jira:Email"] = jira.Email,
            ["Atlas:Jira:ApiToken"] = jira.ApiToken,
            ["Atlas:Jira:Projects"] = string.Join(",", (simulator ?? new SimulatorOptions()).Projects),
            ["Atlas:Jira:RequestsPerMinute"] = "100000",
            ["Atlas:Jira:RetryBaseDelay"] = "00:00:00.050",
            ["Atlas:Database:Path"] = Path.Combine(folder, "atlas.db"),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public Task<SyncReport> SyncAsync(bool full = false, string? strategy = null, CancellationToken cancellationToken = default) =>
        Engine.RunAsync(new SyncRequest { Full = full, Trigger = "test", ConflictResolution = strategy }, null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsJira)
        {
            await Jira.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
