using Atlas.Core;
using Atlas.Core.Notifications;
using Atlas.Core.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Notifications;

public sealed class SyncNotifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 6, 0, 3, TimeSpan.Zero);

    [Fact]
    public async Task NotifyAsync_WebhookSet_PostsTheNotificationAsJson()
    {
        await using var webhook = await WebhookListener.StartAsync();
        var logs = new FakeLogCollector();
        await using var services = Services(webhook.Url.ToString(), logs);

        await services.GetRequiredService<SyncNotifier>().NotifyAsync(Failed(attempts: 3), CancellationToken.None);

        var received = await webhook.NextAsync();
        Assert.Equal("application/json; charset=utf-8", received.ContentType);
        var body = received.Json;
        Assert.Equal("sync.failed", body.GetProperty("event").GetString());
        Assert.Equal("timer", body.GetProperty("trigger").GetString());
        Assert.Equal(3, body.GetProperty("attempts").GetInt32());
        Assert.Equal("Jira did not answer (HTTP 502).", body.GetProperty("error").GetString());
        Assert.Equal(Now, body.GetProperty("sentAt").GetDateTimeOffset());
        Assert.Equal(17, body.GetProperty("report").GetProperty("runId").GetInt64());
        Assert.Equal("failed", body.GetProperty("report").GetProperty("status").GetString());
        Assert.Contains(logs.GetSnapshot(), log => log.Id.Id == 5002 && log.Level == LogLevel.Error);
        Assert.Contains(logs.GetSnapshot(), log => log.Id.Id == 5003);
    }

    [Fact]
    public async Task NotifyAsync_WebhookUnreachable_LogsOnlyItsHostAndReturns()
    {
        var logs = new FakeLogCollector();
        await using var services = Services("http://127.0.0.1:9/hooks/T0-SECRET-PATH?token=hunter2", logs);

        await services.GetRequiredService<SyncNotifier>().NotifyAsync(Failed(attempts: 1), CancellationToken.None);

        var warning = Assert.Single(logs.GetSnapshot(), log => log.Id.Id == 5005);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("127.0.0.1", warning.Message, StringComparison.Ordinal);
        Assert.All(logs.GetSnapshot(), log => Assert.DoesNotContain("SECRET", log.Message, StringComparison.Ordinal));
        Assert.All(logs.GetSnapshot(), log => Assert.DoesNotContain("hunter2", log.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotifyAsync_NoWebhook_AnnouncesInTheLogOnly()
    {
        var logs = new FakeLogCollector();
        await using var services = Services(null, logs);
        var report = Report(SyncStatus.Success);

        await services.GetRequiredService<SyncNotifier>().NotifyAsync(new SyncNotification(SyncEvents.Succeeded, "schedule", 2, null, report, Now), CancellationToken.None);

        var line = Assert.Single(logs.GetSnapshot());
        Assert.Equal((5001, LogLevel.Information), (line.Id.Id, line.Level));
        Assert.Contains("run 17 after 2 attempt(s)", line.Message, StringComparison.Ordinal);
    }

    private static SyncNotification Failed(int attempts) =>
        new(SyncEvents.Failed, "timer", attempts, "Jira did not answer (HTTP 502).", Report(SyncStatus.Failed), DateTimeOffset.MinValue);

    private static SyncReport Report(string status) => new()
    {
        RunId = 17,
        Mode = SyncMode.Incremental,
        Trigger = "timer",
        Status = status,
        StartedAt = Now.AddMinutes(-1),
        FinishedAt = Now,
        Projects = ["WRKA"],
    };

    private static ServiceProvider Services(string? webhookUrl, FakeLogCollector logs)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Atlas:Jira:BaseUrl"] = "https://example.atlassian.net",
            ["Atlas:Jira:Email"] = "qa@example.com",
            ["Atlas:Jira:ApiToken"] = "not-a-real-token",
            ["Atlas:Jira:Projects"] = "WRKA",
            ["Atlas:Notifications:WebhookUrl"] = webhookUrl,
        };
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now))
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug))
            .AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
    }
}
