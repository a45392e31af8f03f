using System.Text.Json;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Cli;

/// <summary><c>atlas search</c> on a cache synced from the simulator: sources, the JSON shape, limits and errors.</summary>
public sealed class SearchCliTests(SyncedCli site) : IClassFixture<SyncedCli>
{
    private const string Query = "project = WRKA ORDER BY key ASC";

    private static readonly string[] TicketFields =
    [
        "key", "id", "project", "summary", "description", "status", "statusCategory", "priority", "issueType", "assignee",
        "reporter", "labels", "components", "created", "updated", "resolution", "dueDate", "parentKey", "source", "fetchedAt", "stale",
    ];

    [Fact]
    public async Task Search_AutoWithJiraUp_AnswersLiveInTheDesignShape()
    {
        var result = await site.Atlas.RunAsync("search", Query, "--limit", "5", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("live", result.Json.GetProperty("source").GetString());
        Assert.Equal(Query, result.Json.GetProperty("jql").GetString());
        Assert.Equal(5, result.Json.GetProperty("count").GetInt32());
        Assert.True(result.Json.GetProperty("hasMore").GetBoolean());
        var issues = result.Json.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(5, issues.Count);
        Assert.All(issues, issue => Assert.All(TicketFields, field => Assert.True(issue.TryGetProperty(field, out _), $"an issue lacks '{field}'")));
        Assert.Equal(["WRKA-1", "WRKA-2", "WRKA-3", "WRKA-4", "WRKA-5"], Keys(result.Json));
    }

    [Fact]
    public async Task Search_OfflineAndLive_SameKeysAndTheSourceSaysWhich()
    {
        var live = await site.Atlas.RunAsync("search", Query, "--live", "--limit", "20", "--json");
        var offline = await site.Atlas.RunAsync("search", Query, "--offline", "--limit", "20", "--json");

        Assert.Equal((0, 0), (live.ExitCode, offline.ExitCode));
        Assert.Equal(("live", "cache"), (live.Json.GetProperty("source").GetString(), offline.Json.GetProperty("source").GetString()));
        Assert.Equal(Keys(live.Json), Keys(offline.Json));
        Assert.All(offline.Json.GetProperty("issues").EnumerateArray(), issue => Assert.Equal("cache", issue.GetProperty("source").GetString()));
        Assert.False(offline.Json.GetProperty("stale").GetBoolean());
    }

    [Theory]
    [InlineData("--live", "3 tickets (more match: raise --limit to see them) from Jira (live).")]
    [InlineData("--offline", "3 tickets (more match: raise --limit to see them) from the local cache (offline).")]
    public async Task Search_ForPeople_TableAndALineSayingTheSource(string source, string summary)
    {
        var result = await site.Atlas.RunAsync("search", Query, source, "--limit", "3");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["WRKA-1", "WRKA-2", "WRKA-3"], lines.Select(line => line.Trim().Split(' ')[0]).Where(word => word.StartsWith("WRKA-", StringComparison.Ordinal)));
        Assert.Contains(summary, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_InvalidJql_ExitsTwoWithThePosition()
    {
        var json = await site.Atlas.RunAsync("search", "project = WRKA AND status = Done assignee = me", "--json");
        var human = await site.Atlas.RunAsync("search", "project = WRKA AND status = Done assignee = me");

        Assert.Equal((2, 2), (json.ExitCode, human.ExitCode));
        var error = json.Json.GetProperty("errors")[0];
        Assert.Equal((33, 8), (error.GetProperty("position").GetInt32(), error.GetProperty("length").GetInt32()));
        Assert.StartsWith("Expecting either 'OR' or 'AND' but got 'assignee'.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("\n  " + new string(' ', 33) + "^" + new string('~', 7) + Environment.NewLine, human.Stderr.ReplaceLineEndings(Environment.NewLine), StringComparison.Ordinal);
        Assert.Equal("", human.Stdout);
    }

    [Theory]
    [InlineData("status WAS Done")]
    [InlineData("status CHANGED AFTER -7d")]
    public async Task Search_HistoryOffline_ExitsTwoSayingItNeedsJira(string jql)
    {
        var result = await site.Atlas.RunAsync("search", jql, "--offline");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs Jira", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run with --live.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("^", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_HistoryAuto_GoesToJira()
    {
        var result = await site.Atlas.RunAsync("search", "status WAS \"To Do\" AND project = WRKA", "--limit", "3", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("live", result.Json.GetProperty("source").GetString());
        Assert.Equal(3, result.Json.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("many")]
    public async Task Search_LimitOutOfRange_ExitsTwo(string limit)
    {
        var result = await site.Atlas.RunAsync("search", Query, "--limit", limit, "--json");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Search_LiveAndOfflineTogether_ExitsTwo()
    {
        var result = await site.Atlas.RunAsync("search", Query, "--live", "--offline");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--live and --offline cannot be used together.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AutoWithJiraDown_AnswersFromTheCacheAndSaysSo()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 40, Seed = 12 });
        using var atlas = new CliRunner(jira, new Dictionary<string, string?> { ["Atlas:Jira:MaxRetries"] = "0" });
        Assert.Equal(0, (await atlas.RunAsync("sync", "--json")).ExitCode);
        jira.Control.FailNext(1000, FaultKind.ServiceUnavailable, "/search/jql");

        var json = await atlas.RunAsync("search", Query, "--json");
        var human = await atlas.RunAsync("search", Query);
        var live = await atlas.RunAsync("search", Query, "--live", "--json");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(("cache", true), (json.Json.GetProperty("source").GetString(), json.Json.GetProperty("stale").GetBoolean()));
        Assert.Contains("Jira could not be reached", json.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("from the local cache (offline: Jira could not be reached).", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("Jira could not be reached", human.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, live.ExitCode);
    }

    [Fact]
    public async Task Search_NeverSynced_OfflineSaysToSyncFirst()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 5 });
        using var atlas = new CliRunner(jira);

        var result = await atlas.RunAsync("search", Query, "--offline", "--json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("atlas sync", result.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static List<string> Keys(JsonElement json) =>
        [.. json.GetProperty("issues").EnumerateArray().Select(issue => issue.GetProperty("key").GetString()!)];
}
