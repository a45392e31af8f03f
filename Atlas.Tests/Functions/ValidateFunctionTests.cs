using System.Text.Json;
using Atlas.Functions.Search;

namespace Atlas.Tests.Functions;

public sealed class ValidateFunctionTests
{
    [Fact]
    public async Task ValidateJql_GetValidQueryTheCacheCanAnswer_Returns200Valid()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await SendAsync(harness, "GET", "project = WRKA AND text ~ \"login*\" ORDER BY priority DESC");

        Assert.Equal(200, response.Status);
        Assert.True(response.Json.GetProperty("valid").GetBoolean());
        Assert.Empty(response.Json.GetProperty("errors").EnumerateArray());
        Assert.True(response.Json.GetProperty("canRunOffline").GetBoolean());
        Assert.Empty(response.Json.GetProperty("needsJira").EnumerateArray());
    }

    [Fact]
    public async Task ValidateJql_PostValidQueryOnlyJiraCanAnswer_Returns200WithWhereAndWhy()
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await SendAsync(harness, "POST", body: """{"jql": "project = WRKA ORDER BY status"}""");

        Assert.Equal(200, response.Status);
        Assert.True(response.Json.GetProperty("valid").GetBoolean());
        Assert.False(response.Json.GetProperty("canRunOffline").GetBoolean());
        var blocker = Assert.Single(response.Json.GetProperty("needsJira").EnumerateArray());
        Assert.Equal((24, 6), (blocker.GetProperty("position").GetInt32(), blocker.GetProperty("length").GetInt32()));
        Assert.Contains("workflow order of statuses", blocker.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--live", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "invalid query", 8, 5, "(at position 8: line 1, character 9)")]
    [InlineData("POST", "project = WRKA ORDER", 20, 0, "(at position 20, the end of the query)")]
    [InlineData("GET", "project = WRKA\nAND stauts = Done", 19, 6, "(at position 19: line 2, character 5)")]
    public async Task ValidateJql_InvalidQuery_Returns400ProblemWithPositionAndLength(string method, string jql, int position, int length, string where)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = method == "GET"
            ? await SendAsync(harness, "GET", jql)
            : await SendAsync(harness, "POST", body: JsonSerializer.Serialize(new { jql }));

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("urn:atlas:problem:invalid-jql", response.Json.GetProperty("type").GetString());
        Assert.Equal("The query is not valid JQL", response.Json.GetProperty("title").GetString());
        Assert.False(response.Json.GetProperty("valid").GetBoolean());
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal($"{error.GetProperty("message").GetString()} {where}", response.Json.GetProperty("detail").GetString());
        Assert.Equal((position, length), (error.GetProperty("position").GetInt32(), error.GetProperty("length").GetInt32()));
        Assert.Equal(jql, response.Json.GetProperty("jql").GetString());
    }

    [Theory]
    [InlineData("{\"jql\": \"project = WRKA\", \"strict\": true}", "does not take: 'strict'")]
    [InlineData("{\"jql\": ", "not valid JSON")]
    public async Task ValidateJql_BadJsonBody_Returns400Problem(string body, string expected)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await SendAsync(harness, "POST", body: body);

        Assert.Equal(400, response.Status);
        Assert.Equal("The request body is not a valid validation request", response.Json.GetProperty("title").GetString());
        Assert.Contains(expected, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("POST", "{}")]
    [InlineData("POST", "{\"jql\": \"  \"}")]
    public async Task ValidateJql_NoQuery_Returns400Problem(string method, string? body)
    {
        await using var harness = await FunctionsHarness.StartAsync();

        var response = await SendAsync(harness, method, body: body);

        Assert.Equal(400, response.Status);
        Assert.Equal("A JQL query is required", response.Json.GetProperty("title").GetString());
    }

    private static async Task<ApiResponse> SendAsync(FunctionsHarness harness, string method, string? jql = null, string? body = null)
    {
        var request = harness.Request(method, "/api/jql/validate", jql is null ? null : $"?jql={Uri.EscapeDataString(jql)}", body);
        return await FunctionsHarness.SendAsync(await harness.Function<ValidateFunction>().ValidateAsync(request, CancellationToken.None), request);
    }
}
