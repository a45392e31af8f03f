using Atlas.JiraSimulator;
using Atlas.Tests.Sync;

namespace Atlas.Tests.Cli;

public sealed class SyncCliTests
{
    [Fact]
    public async Task Sync_FullJson_PrintsTheReportAndStatusCountsTheTickets()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 500 });
        using var atlas = new CliRunner(jira);

        var sync = await atlas.RunAsync("sync", "--full", "--json");
        var status = await atlas.RunAsync("status", "--json");
        var history = await atlas.RunAsync("history", "--limit", "5", "--json");

        Assert.Equal(0, sync.ExitCode);
        Assert.Equal("success", sync.Json.GetProperty("status").GetString());
        Assert.Equal("full", sync.Json.GetProperty("mode").GetString());
        Assert.Equal(500, sync.Json.GetProperty("created").GetInt32());
        foreach (var field in new[] { "runId", "trigger", "startedAt", "finishedAt", "durationMs", "processed", "updated", "unchanged", "deleted", "conflicts", "rejected", "apiCalls", "error" })
        {
            Assert.True(sync.Json.TryGetProperty(field, out _), $"the report lacks '{field}'");
        }

        Assert.Equal(0, status.ExitCode);
        Assert.Equal(500, status.Json.GetProperty("tickets").GetProperty("total").GetInt32());
        Assert.Equal(5, status.Json.GetProperty("tickets").GetProperty("byProject").EnumerateObject().Count());
        Assert.Equal("success", status.Json.GetProperty("state").GetString());
        Assert.Single(history.Json.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task Get_TicketDeletedInJira_ExitsOneAndSaysWhen()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 60 });
        using var atlas = new CliRunner(jira);
        await atlas.RunAsync("sync", "--json");
        var victim = SimulatorTickets.SubTaskKeys(jira.Control).First();
        jira.Control.DeleteTicket(victim);
        await atlas.RunAsync("sync", "--json");

        var offline = await atlas.RunAsync("get", victim, "--offline", "--json");
        var human = await atlas.RunAsync("get", victim, "--offline");

        Assert.Equal(1, offline.ExitCode);
        Assert.True(offline.Json.GetProperty("deleted").GetBoolean());
        Assert.True(offline.Json.TryGetProperty("deletedAt", out var at) && at.ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Equal(1, human.ExitCode);
        Assert.Contains("deleted", human.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_FreshCacheThenLive_SaysWhereTheAnswerCameFrom()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 30 });
        using var atlas = new CliRunner(jira);
        await atlas.RunAsync("sync");
        var key = jira.Control.Tickets()[0].Key;

        var cached = await atlas.RunAsync("get", key.ToLowerInvariant(), "--json");
        var live = await atlas.RunAsync("get", key, "--live", "--json");

        Assert.Equal((0, "cache", false), (cached.ExitCode, cached.Json.GetProperty("source").GetString(), cached.Json.GetProperty("stale").GetBoolean()));
        Assert.Equal((0, "live"), (live.ExitCode, live.Json.GetProperty("source").GetString()));
        Assert.Equal(key, live.Json.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Get_JiraDownAndCacheStale_AnswersFromTheCacheMarkedStale()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 30 });
        using var atlas = new CliRunner(jira, new Dictionary<string, string?> { ["Atlas:Cache:Ttl"] = "00:00:00", ["Atlas:Jira:MaxRetries"] = "0" });
        await atlas.RunAsync("sync");
        var key = jira.Control.Tickets()[0].Key;
        jira.Control.FailNext(10, FaultKind.BadGateway);

        var auto = await atlas.RunAsync("get", key, "--json");
        var live = await atlas.RunAsync("get", key, "--live", "--json");

        Assert.Equal((0, "cache", true), (auto.ExitCode, auto.Json.GetProperty("source").GetString(), auto.Json.GetProperty("stale").GetBoolean()));
        Assert.Equal(3, live.ExitCode);
        Assert.Equal(3, live.Json.GetProperty("exitCode").GetInt32());
    }

    [Theory]
    [InlineData("Atlas:Jira:BaseUrl", "http://jira.example.com", "Atlas:Jira:BaseUrl must use https")]
    [InlineData("Atlas:Jira:ApiToken", "", "Atlas:Jira:ApiToken is missing")]
    [InlineData("Atlas:Jira:Projects", "", "Atlas:Jira:Projects is missing")]
    public async Task AnyCommand_BadSetting_ExitsTwoWithOneLineNamingTheKey(string key, string value, string expected)
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 1 });
        using var atlas = new CliRunner(jira, new Dictionary<string, string?> { [key] = value });

        var result = await atlas.RunAsync("sync", "--json");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MalformedKey_ExitsTwo()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 1 });
        using var atlas = new CliRunner(jira);

        var result = await atlas.RunAsync("get", "not a key!", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a Jira issue key", result.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AfterASync_IsHealthyAndOnline()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 5 });
        using var atlas = new CliRunner(jira);
        await atlas.RunAsync("sync");

        var health = await atlas.RunAsync("health", "--json");

        Assert.Equal(0, health.ExitCode);
        Assert.Equal(("healthy", "online"), (health.Json.GetProperty("status").GetString(), health.Json.GetProperty("mode").GetString()));
        Assert.Equal(["database", "jira", "lastSync", "conflicts"], health.Json.GetProperty("checks").EnumerateObject().Select(c => c.Name));
    }
}
