using Atlas.Core;
using Atlas.Core.Scheduling;
using Atlas.Core.Storage;
using Atlas.JiraSimulator;
using Atlas.Tests.Notifications;
using Atlas.Tests.Sync;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Atlas.Tests.Scheduling;

/// <summary>
/// The scheduling policy over the simulator and a temp SQLite file, on a fake clock, with a webhook listener. Jira calls
/// are not retried (MaxRetries 0) so a failing run fails at once without waiting on the fake clock.
/// </summary>
internal sealed class SchedulingHarness : IAsyncDisposable
{
    private readonly string _folder;

    private SchedulingHarness(SimulatedJira jira, WebhookListener webhook, ServiceProvider services, RecordingTimeProvider time, FakeLogCollector logs, string folder)
    {
        Jira = jira;
        Webhook = webhook;
        Services = services;
        Time = time;
        Logs = logs;
        _folder = folder;
    }

    public SimulatedJira Jira { get; }

    public WebhookListener Webhook { get; }

    public ServiceProvider Services { get; }

    public RecordingTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public SyncScheduler Scheduler => Services.GetRequiredService<SyncScheduler>();

    public TicketStore Store => Services.GetRequiredService<TicketStore>();

    public static async Task<SchedulingHarness> StartAsync(IDictionary<string, string?>? settings = null, bool webhook = true)
    {
        var simulator = new SimulatorOptions { Tickets = 40 };
        var jira = await SimulatedJira.StartAsync(simulator);
        var listener = await WebhookListener.StartAsync();
        var folder = Directory.CreateTempSubdirectory("atlas-scheduling-").FullName;
        var values = SyncHarness.Settings(jira, folder, simulator, new Dictionary<string, string?>
        {
            ["Atlas:Jira:MaxRetries"] = "0",
            ["Atlas:Sync:LeaseDuration"] = "01:00:00",
            ["Atlas:Notifications:WebhookUrl"] = webhook ? listener.Url.ToString() : null,
        });
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var time = new RecordingTimeProvider(new DateTimeOffset(2026, 5, 4, 5, 0, 0, TimeSpan.Zero));
        var logs = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug))
            .AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider();
        return new SchedulingHarness(jira, listener, services, time, logs, folder);
    }

    public async Task<int> RunCountAsync() => (await Store.ListRunsAsync(1000, CancellationToken.None)).Count;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Webhook.DisposeAsync();
        await Jira.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
