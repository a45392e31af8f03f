using Atlas.Functions.Search;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Functions;

public sealed class SearchFunctionsTests
{
    private const string Problem = "application/problem+json";
    private const string Query = "project = WRKA ORDER BY key ASC";

    [Fact]
    public async Task Search_GetLiveWithJiraUp_Returns200FromJiraInTheQuerysOrder()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        var expected = harness.Jira.Control.Tickets().Where(t => t.Project == "WRKA" && !t.Hidden)
            .OrderBy(t => int.Parse(t.Key[5..], System.Globalization.CultureInfo.InvariantCulture)).Take(5).Select(t => t.Key);

        var response = await GetAsync(harness, Query, "&source=live&limit=5");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("live", response.Json.GetProperty("source").GetString());
        Assert.Equal(Query, response.Json.GetProperty("jql").GetString());
        Assert.Equal(5, response.Json.GetProperty("count").GetInt32());
        Assert.True(response.Json.GetProperty("hasMore").GetBoolean());
        Assert.False(response.Json.GetProperty("stale").GetBoolean());
        Assert.Equal(expected, Keys(response));
    }

    [Fact]
    public async Task Search_PostOffline_AnswersFromTheCacheNotStale()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        await harness.SyncAsync(full: true);
        var live = await GetAsync(harness, Query, "&source=live&limit=3");
        harness.Jira.Control.ResetCounters();

        var response = await PostAsync(harness, $$"""{"jql": "{{Query}}", "source": "offline", "limit": 3}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.False(response.Json.GetProperty("stale").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, response.Json.GetProperty("cacheSyncedAt").ValueKind);
        Assert.Equal(Keys(live), Keys(response));
        Assert.DoesNotContain(harness.Jira.Control.Counters, pair => pair.Key.Contains("/search/jql", StringComparison.Ordinal) && pair.Value > 0);
    }

    [Fact]
    public async Task Search_AutoWithJiraDown_CacheAnswersWithStaleTrueAndWhy()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        await harness.SyncAsync(full: true);
        var live = await GetAsync(harness, Query, "&limit=10");
        TakeJiraDown(harness);

        var response = await GetAsync(harness, Query, "&source=auto&limit=10");

        Assert.Equal(200, response.Status);
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.True(response.Json.GetProperty("stale").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, response.Json.GetProperty("cacheSyncedAt").ValueKind);
        Assert.Contains("Jira could not be reached", response.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(response.Json.GetProperty("issues").EnumerateArray(), issue => Assert.True(issue.GetProperty("stale").GetBoolean()));
        Assert.Equal(Keys(live), Keys(response));
    }

    [Fact]
    public async Task Search_LiveWithJiraDown_Returns503PointingToTheCache()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        TakeJiraDown(harness);

        var response = await GetAsync(harness, Query, "&source=live");

        Assert.Equal(503, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("urn:atlas:problem:jira-unreachable", response.Json.GetProperty("type").GetString());
        Assert.Equal("Jira cannot be reached", response.Json.GetProperty("title").GetString());
        Assert.Contains("source=offline", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AutoWithJiraDownAndQueryOnlyJiraCanAnswer_Returns503SayingItNeedsJira()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        await harness.SyncAsync(full: true);
        TakeJiraDown(harness);

        var response = await GetAsync(harness, "project = WRKA AND status WAS Done");

        Assert.Equal(503, response.Status);
        Assert.Contains("needs Jira", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("offline", Assert.Single(response.Json.GetProperty("errors").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Search_OfflineQueryOnlyJiraCanAnswer_Returns422WithPositionAndHttpAdvice()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        await harness.SyncAsync(full: true);

        var response = await GetAsync(harness, "project = WRKA AND assignee in membersOf(\"qa\")", "&source=offline");

        Assert.Equal(422, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("urn:atlas:problem:needs-jira", response.Json.GetProperty("type").GetString());
        Assert.Equal("This query needs Jira", response.Json.GetProperty("title").GetString());
        var blocker = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(31, blocker.GetProperty("position").GetInt32());
        Assert.Contains("source=live", blocker.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--live", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OfflineBeforeAnySync_Returns503NotSynced()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());

        var response = await GetAsync(harness, Query, "&source=offline");

        Assert.Equal(503, response.Status);
        Assert.Equal("urn:atlas:problem:not-synced", response.Json.GetProperty("type").GetString());
        Assert.Contains("POST sync", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Search_InvalidJql_Returns400ProblemNamingThePositionWithoutAskingJira(string method)
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        harness.Jira.Control.ResetCounters();
        const string jql = "project = WRKA AND status = Done assignee = me";

        var response = method == "GET" ? await GetAsync(harness, jql) : await PostAsync(harness, $$"""{"jql": "{{jql}}"}""");

        Assert.Equal(400, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("urn:atlas:problem:invalid-jql", response.Json.GetProperty("type").GetString());
        Assert.Equal("The query is not valid JQL", response.Json.GetProperty("title").GetString());
        Assert.Equal("Expecting either 'OR' or 'AND' but got 'assignee'. (at position 33: line 1, character 34)", response.Json.GetProperty("detail").GetString());
        Assert.Equal(jql, response.Json.GetProperty("jql").GetString());
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal((33, 8), (error.GetProperty("position").GetInt32(), error.GetProperty("length").GetInt32()));
        Assert.DoesNotContain(harness.Jira.Control.Counters, pair => pair.Key.Contains("/search/jql", StringComparison.Ordinal) && pair.Value > 0);
    }

    [Fact]
    public async Task Search_LiveQueryJiraRefuses_Returns400WithJirasMessage()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());

        var response = await GetAsync(harness, "project = WRKA AND status = Nonexistent", "&source=live");

        Assert.Equal(400, response.Status);
        Assert.Equal("Jira refused the query", response.Json.GetProperty("title").GetString());
        Assert.StartsWith("The value 'Nonexistent' does not exist for the field 'status'.", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"jql\": ", "not valid JSON")]
    [InlineData("{\"jql\": \"project = WRKA\", \"sort\": \"key\"}", "does not take: 'sort'")]
    [InlineData("{\"jql\": \"project = WRKA\", \"limit\": \"ten\"}", "$.limit")]
    [InlineData("[\"project = WRKA\"]", "not valid JSON")]
    public async Task Search_BadJsonBody_Returns400Problem(string body, string expected)
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());

        var response = await PostAsync(harness, body);

        Assert.Equal(400, response.Status);
        Assert.Equal(Problem, response.ContentType);
        Assert.Equal("The request body is not a valid search request", response.Json.GetProperty("title").GetString());
        Assert.Contains(expected, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Atlas.Functions", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&limit=0", "The limit must be a whole number from 1 to 10000")]
    [InlineData("&limit=abc", "The limit must be a whole number from 1 to 10000")]
    [InlineData("&limit=10001", "The limit must be a whole number from 1 to 10000")]
    [InlineData("&limit=-5", "The limit must be a whole number from 1 to 10000")]
    [InlineData("&source=jira", "The source must be auto, live or offline")]
    public async Task Search_BadLimitOrSource_Returns400Problem(string query, string title)
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());

        var response = await GetAsync(harness, Query, query);

        Assert.Equal(400, response.Status);
        Assert.Equal(title, response.Json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Search_PostLimitOutOfRange_Returns400Problem()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());

        var response = await PostAsync(harness, """{"jql": "project = WRKA", "limit": 0}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("The limit must be a whole number from 1 to 10000", response.Json.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("POST", "")]
    [InlineData("POST", "{\"source\": \"live\"}")]
    public async Task Search_NoQuery_Returns400Problem(string method, string? body)
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: NoRetries());
        var request = harness.Request(method, "/api/search", body: body);

        var response = await FunctionsHarness.SendAsync(await harness.Function<SearchFunctions>().SearchAsync(request, CancellationToken.None), request);

        Assert.Equal(400, response.Status);
        Assert.Equal("A JQL query is required", response.Json.GetProperty("title").GetString());
    }

    internal static Dictionary<string, string?> NoRetries() => new() { ["Atlas:Jira:MaxRetries"] = "0" };

    internal static void TakeJiraDown(FunctionsHarness harness) =>
        harness.Jira.Control.FailNext(1000, FaultKind.ServiceUnavailable, "/search/jql");

    internal static List<string?> Keys(ApiResponse response) =>
        [.. response.Json.GetProperty("issues").EnumerateArray().Select(issue => issue.GetProperty("key").GetString())];

    private static async Task<ApiResponse> GetAsync(FunctionsHarness harness, string jql, string extra = "")
    {
        var request = harness.Request("GET", "/api/search", $"?jql={Uri.EscapeDataString(jql)}{extra}");
        return await FunctionsHarness.SendAsync(await harness.Function<SearchFunctions>().SearchAsync(request, CancellationToken.None), request);
    }

    private static async Task<ApiResponse> PostAsync(FunctionsHarness harness, string body)
    {
        var request = harness.Request("POST", "/api/search", body: body);
        return await FunctionsHarness.SendAsync(await harness.Function<SearchFunctions>().SearchAsync(request, CancellationToken.None), request);
    }
}
