using Atlas.Core.Templates;
using Atlas.Functions.Templates;

namespace Atlas.Tests.Functions;

public sealed class TemplateFunctionsTests
{
    [Fact]
    public async Task ListTemplates_Returns200WithEveryTemplateItsParametersAndConfiguredDefaults()
    {
        await using var harness = await FunctionsHarness.StartAsync();
        var request = harness.Request("GET", "/api/jql/templates");

        var response = await FunctionsHarness.SendAsync(harness.Function<TemplateFunctions>().List(request), request);

        Assert.Equal(200, response.Status);
        var templates = response.Json.GetProperty("templates").EnumerateArray().ToList();
        Assert.Equal(JqlTemplateCatalog.All.Select(t => t.Name), templates.Select(t => t.GetProperty("name").GetString()));
        Assert.All(templates, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        var projects = templates.Single(t => t.GetProperty("name").GetString() == "my-open").GetProperty("parameters")[0];
        Assert.Equal("projects", projects.GetProperty("name").GetString());
        Assert.Equal("WRKA,WMB,QA,PAY,MOB", projects.GetProperty("default").GetString());
        Assert.Equal("list", projects.GetProperty("kind").GetString());
        var component = templates.Single(t => t.GetProperty("name").GetString() == "by-component").GetProperty("parameters")[1];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, component.GetProperty("default").ValueKind);
    }

    [Fact]
    public async Task RunTemplate_GetWithQueryParameters_RunsTheFilledInQueryOnJira()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: SearchFunctionsTests.NoRetries());
        var expected = harness.Jira.Control.Tickets().Count(t => t.Project == "WMB" && t.Status == "To Do" && !t.Hidden);

        var response = await RunAsync(harness, "GET", "by-status", "?status=To%20Do&projects=WMB&limit=1000&code=function-key");

        Assert.Equal(200, response.Status);
        Assert.Equal("project IN (\"WMB\") AND status = \"To Do\" ORDER BY updated DESC", response.Json.GetProperty("jql").GetString());
        Assert.Equal("live", response.Json.GetProperty("source").GetString());
        Assert.Equal(expected, response.Json.GetProperty("count").GetInt32());
        Assert.All(response.Json.GetProperty("issues").EnumerateArray(), issue => Assert.Equal("To Do", issue.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task RunTemplate_PostOfflineWithJsonParameters_AnswersFromTheCacheLikeLive()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: SearchFunctionsTests.NoRetries());
        await harness.SyncAsync(full: true);
        var live = await RunAsync(harness, "GET", "by-status", "?status=In%20Progress&projects=WRKA,QA&limit=500");

        var response = await RunAsync(harness, "POST", "BY-STATUS", body: """{"parameters": {"status": "In Progress", "projects": ["WRKA", "QA"]}, "source": "offline", "limit": 500}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.Equal("project IN (\"WRKA\", \"QA\") AND status = \"In Progress\" ORDER BY updated DESC", response.Json.GetProperty("jql").GetString());
        Assert.Equal(SearchFunctionsTests.Keys(live), SearchFunctionsTests.Keys(response));
    }

    [Fact]
    public async Task RunTemplate_AutoWithJiraDown_CacheAnswersWithStaleTrue()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: SearchFunctionsTests.NoRetries());
        await harness.SyncAsync(full: true);
        SearchFunctionsTests.TakeJiraDown(harness);

        var response = await RunAsync(harness, "GET", "open-bugs", "?limit=5");

        Assert.Equal(200, response.Status);
        Assert.Equal("cache", response.Json.GetProperty("source").GetString());
        Assert.True(response.Json.GetProperty("stale").GetBoolean());
        Assert.Contains("Jira could not be reached", response.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTemplate_UnknownName_Returns404ListingTheTemplatesAndAHint()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await RunAsync(harness, "GET", "open");

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("No such JQL template", response.Json.GetProperty("title").GetString());
        var detail = response.Json.GetProperty("detail").GetString();
        Assert.Contains("There is no template named 'open'. Did you mean 'my-open'", detail, StringComparison.Ordinal);
        Assert.Contains("GET jql/templates", detail, StringComparison.Ordinal);
        Assert.Equal(JqlTemplateCatalog.All.Count, response.Json.GetProperty("templates").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "?component=%20%20", null)]
    [InlineData("GET", null, null)]
    [InlineData("POST", null, "{\"parameters\": {\"component\": \"\"}}")]
    public async Task RunTemplate_RequiredParameterMissing_Returns400NamingIt(string method, string? query, string? body)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await RunAsync(harness, method, "by-component", query, body);

        Assert.Equal(400, response.Status);
        Assert.Equal("urn:atlas:problem:missing-parameter", response.Json.GetProperty("type").GetString());
        Assert.Equal("The template 'by-component' needs a value for component", response.Json.GetProperty("title").GetString());
        Assert.Equal(["component"], response.Json.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("stale", "?days=abc", "days must be a whole number from 1 to 36500")]
    [InlineData("stale", "?days=1%20OR%20project%20%3D%20X", "days must be a whole number")]
    [InlineData("my-open", "?colour=red", "has no parameter 'colour'; it takes: projects")]
    public async Task RunTemplate_BadParameter_Returns400SayingWhy(string name, string query, string expected)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await RunAsync(harness, "GET", name, query);

        Assert.Equal(400, response.Status);
        Assert.Equal("A template parameter is not valid", response.Json.GetProperty("title").GetString());
        Assert.Contains(expected, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"parameters\": {\"days\": true}}", "must be text, a number or a list of texts")]
    [InlineData("{\"params\": {\"days\": 3}}", "does not take: 'params'")]
    [InlineData("{\"parameters\": ", "not valid JSON")]
    public async Task RunTemplate_BadJsonBody_Returns400Problem(string body, string expected)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await RunAsync(harness, "POST", "stale", body: body);

        Assert.Equal(400, response.Status);
        Assert.Equal("The request body is not a valid template run", response.Json.GetProperty("title").GetString());
        Assert.Contains(expected, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTemplate_PostNumberParameter_IsWrittenAsTheNumber()
    {
        await using var harness = await FunctionsHarness.StartAsync(settings: SearchFunctionsTests.NoRetries());

        var response = await RunAsync(harness, "POST", "stale", body: """{"parameters": {"days": 14, "projects": "WRKA"}, "source": "live", "limit": 1}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("project IN (\"WRKA\") AND statusCategory != Done AND updated <= \"-14d\" ORDER BY updated ASC", response.Json.GetProperty("jql").GetString());
    }

    private static async Task<ApiResponse> RunAsync(FunctionsHarness harness, string method, string name, string? query = null, string? body = null)
    {
        var request = harness.Request(method, $"/api/jql/templates/{name}", query, body);
        return await FunctionsHarness.SendAsync(await harness.Function<TemplateFunctions>().RunAsync(request, name, CancellationToken.None), request);
    }
}
