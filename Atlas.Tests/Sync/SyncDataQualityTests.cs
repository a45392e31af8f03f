using System.Text;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Sync;

public sealed class SyncDataQualityTests
{
    [Theory]
    [InlineData(TicketCorruption.MalformedKey)]
    [InlineData(TicketCorruption.UnparsableUpdated)]
    [InlineData(TicketCorruption.SummaryIsNumber)]
    [InlineData(TicketCorruption.HugeSummary)]
    [InlineData(TicketCorruption.MissingRequiredFields)]
    public async Task RunAsync_OneMalformedTicket_IsRejectedCountedAndTheRestSynced(TicketCorruption corruption)
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 250 });
        var bad = harness.Jira.Control.Tickets()[17];
        harness.Jira.Control.CorruptTicket(bad.Key, corruption);

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Success, report.Status);
        Assert.Equal(1, report.Rejected);
        Assert.Equal(249, report.Created);
        var rejection = Assert.Single(await harness.Store.ListRejectionsAsync(report.RunId, CancellationToken.None));
        Assert.Contains("rejected", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains(harness.Logs.GetSnapshot(), log => log.Message.Contains("rejected a ticket", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Everywhere_TheApiTokenNeverAppears()
    {
        await using var harness = await SyncHarness.StartAsync(new SimulatorOptions { Tickets = 150 });
        harness.Jira.Control.CorruptTicket(harness.Jira.Control.Tickets()[3].Key, TicketCorruption.UnparsableUpdated);
        var token = harness.Jira.ApiToken;
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{harness.Jira.Email}:{token}"));

        var ok = await harness.SyncAsync();
        harness.Jira.Control.FailNext(100, FaultKind.ServiceUnavailable);
        var failed = await harness.SyncAsync();

        var everything = new StringBuilder()
            .AppendJoin('\n', harness.Logs.GetSnapshot().Select(l => $"{l.Message} {l.Exception} {string.Join(",", l.StructuredState ?? [])}"))
            .Append(System.Text.Json.JsonSerializer.Serialize(new[] { ok, failed }, Atlas.Core.AtlasJson.Options))
            .ToString();
        Assert.Equal(SyncStatus.Failed, failed.Status);
        Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(basic, everything, StringComparison.Ordinal);

        await harness.Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(harness.DatabasePath)!))
        {
            var bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain(token, bytes, StringComparison.Ordinal);
            Assert.DoesNotContain(basic, bytes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_WrongToken_FailsSayingWhichSettingToFix()
    {
        await using var harness = await SyncHarness.StartAsync(
            new SimulatorOptions { Tickets = 10 },
            new Dictionary<string, string?> { ["Atlas:Jira:ApiToken"] = "wrong-token-value" });

        var report = await harness.SyncAsync();

        Assert.Equal(SyncStatus.Failed, report.Status);
        Assert.False(report.JiraUnreachable);
        Assert.Contains("HTTP 401", report.Error, StringComparison.Ordinal);
        Assert.Contains("Atlas:Jira:ApiToken", report.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-value", report.Error, StringComparison.Ordinal);
        Assert.Equal(1, report.ApiCalls);
    }

    [Fact]
    public async Task Services_HttpBaseUrlThatIsNotLoopback_IsRefusedNamingTheKey()
    {
        await using var harness = await SyncHarness.StartAsync(
            new SimulatorOptions { Tickets = 1 },
            new Dictionary<string, string?> { ["Atlas:Jira:BaseUrl"] = "http://jira.example.com" });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => harness.Services.GetRequiredService<SyncEngine>());

        Assert.Contains("Atlas:Jira:BaseUrl must use https", Atlas.Core.Configuration.SettingsErrors.Describe(error), StringComparison.Ordinal);
    }
}
