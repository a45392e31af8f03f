using Atlas.Core;
using Atlas.Core.Jira;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Jira.Fakes;

/// <summary>Atlas.Core's real Jira registration over a chosen network handler, a fake clock and captured logs.</summary>
internal sealed class JiraTestHost : IDisposable
{
    public const string Email = "tester@example.com";
    public const string Token = "test-token-not-for-your-eyes-7c1f";

    private readonly ServiceProvider _services;

    private JiraTestHost(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public JiraClient Client => _services.GetRequiredService<JiraClient>();

    public JiraCallCounter Counter => _services.GetRequiredService<JiraCallCounter>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Settings default to a valid site with 4 retries and a generous rate so only the tested limit bites.</summary>
    public static JiraTestHost Create(HttpMessageHandler network, FakeTimeProvider time, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(settings)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddAtlasCore(configuration);
        services.AddHttpClient<JiraClient>().ConfigurePrimaryHttpMessageHandler(() => network);
        return new JiraTestHost(services.BuildServiceProvider(), time);
    }

    public static (JiraTestHost Host, StubJiraHandler Network) WithStub(Dictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero));
        var network = new StubJiraHandler(time);
        return (Create(network, time, settings), network);
    }

    /// <summary>Moves the fake clock in small steps until <paramref name="task"/> ends (retry and rate-limit waits).</summary>
    public async Task<T> DriveAsync<T>(Task<T> task, TimeSpan? step = null, TimeSpan? longest = null)
    {
        var limit = Time.GetUtcNow() + (longest ?? TimeSpan.FromMinutes(10));
        while (!task.IsCompleted && Time.GetUtcNow() < limit)
        {
            await Task.Delay(1);
            Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async Task DriveAsync(Task task, TimeSpan? step = null, TimeSpan? longest = null) =>
        await DriveAsync(Wrap(task), step, longest);

    public void Dispose() => _services.Dispose();

    private static async Task<bool> Wrap(Task task)
    {
        await task;
        return true;
    }

    private static Dictionary<string, string?> Settings(Dictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Atlas:Jira:BaseUrl"] = "https://example.atlassian.net",
            ["Atlas:Jira:Email"] = Email,
            ["Atlas:Jira:ApiToken"] = Token,
            ["Atlas:Jira:Projects:0"] = "WRKA",
            ["Atlas:Jira:RequestsPerMinute"] = "60000",
            ["Atlas:Jira:MaxRetries"] = "4",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }
}
