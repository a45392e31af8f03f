using System.Net;
using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Tests.Jira.Fakes;

namespace Atlas.Tests.Jira;

public sealed class JiraClientSearchTests
{
    [Fact]
    public async Task Search_FollowsNextPageTokenUntilIsLast_ResendingTheSameJqlAndFields()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, JiraPayloads.SearchPage("t2", false, 1, 2))
            .Respond(HttpStatusCode.OK, JiraPayloads.SearchPage("t3", false, 3))
            .Respond(HttpStatusCode.OK, JiraPayloads.SearchPage(null, true, 4));

        var pages = await ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA ORDER BY id" });

        Assert.Equal(["1,2", "3", "4"], pages.Select(p => p.Ids));
        Assert.Equal(["t2", "t3", null], pages.Select(p => p.Next));
        var bodies = network.Requests.Select(r => JsonDocument.Parse(r.Body!).RootElement).ToList();
        Assert.All(network.Requests, r => Assert.Equal("/rest/api/3/search/jql", r.PathAndQuery));
        Assert.All(network.Requests, r => Assert.Equal(HttpMethod.Post, r.Method));
        Assert.All(bodies, b => Assert.Equal("project = WRKA ORDER BY id", b.GetProperty("jql").GetString()));
        Assert.All(bodies, b => Assert.Equal(JiraFields.Stored, b.GetProperty("fields").EnumerateArray().Select(f => f.GetString())));
        Assert.All(bodies, b => Assert.Equal(5000, b.GetProperty("maxResults").GetInt32()));
        Assert.Equal([null, "t2", "t3"], bodies.Select(b => b.TryGetProperty("nextPageToken", out var t) ? t.GetString() : null));
    }

    [Fact]
    public async Task Search_ResumeFromToken_FirstRequestCarriesIt()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, JiraPayloads.SearchPage(null, true, 7));

        var pages = await ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA", NextPageToken = "checkpointed", Fields = JiraFields.IdOnly });

        Assert.Equal("7", Assert.Single(pages).Ids);
        var body = JsonDocument.Parse(Assert.Single(network.Requests).Body!).RootElement;
        Assert.Equal("checkpointed", body.GetProperty("nextPageToken").GetString());
        Assert.Equal(["id"], body.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Search_ReconcileIssues_AreSentOnEveryPage()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, JiraPayloads.SearchPage("t2", false, 1))
            .Respond(HttpStatusCode.OK, JiraPayloads.SearchPage(null, true, 2));

        await ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA", ReconcileIssues = [10001, 10002] });

        Assert.All(network.Requests, r => Assert.Equal(
            [10001L, 10002L],
            JsonDocument.Parse(r.Body!).RootElement.GetProperty("reconcileIssues").EnumerateArray().Select(e => e.GetInt64())));
    }

    [Fact]
    public async Task Search_PagesStream_NextPageIsFetchedOnlyWhenAsked()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, JiraPayloads.SearchPage("t2", false, 1))
            .Respond(HttpStatusCode.OK, JiraPayloads.SearchPage(null, true, 2));

        await foreach (var page in host.Client.SearchAsync(new JiraSearchRequest { Jql = "project = WRKA" }))
        {
            Assert.Single(network.Requests);
            Assert.Equal("t2", page.NextPageToken);
            break;
        }

        Assert.Single(network.Requests);
    }

    [Fact]
    public async Task Search_InvalidJql_SurfacesJirasTextAndIsNotRetried()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.BadRequest, JiraPayloads.InvalidJql);

        var error = await Assert.ThrowsAsync<JiraBadRequestException>(() => ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "cf = INT" }));

        Assert.Contains("'INT' is a reserved JQL word", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Jira refused the JQL search (HTTP 400)", error.Message, StringComparison.Ordinal);
        Assert.Single(error.JiraMessages);
        Assert.Single(network.Requests);
    }

    [Fact]
    public async Task Search_410_IsAnErrorNotAnEmptyResult()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.Gone, JiraPayloads.SearchRemoved);

        var error = await Assert.ThrowsAsync<JiraApiRemovedException>(() => ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA" }));

        Assert.StartsWith("Jira removed this API (HTTP 410)", error.Message, StringComparison.Ordinal);
        Assert.Contains("CHANGE-2046", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an empty result", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"issues":[],"isLast":false}""", "no nextPageToken")]
    [InlineData("""{"issues":[],"nextPageToken":"same","isLast":false}""", "same nextPageToken")]
    [InlineData("""{"issues":{},"isLast":true}""", "'issues' is not an array")]
    [InlineData("""{"issues":[],"isLast":"yes"}""", "'isLast'")]
    [InlineData("""[1,2]""", "not a JSON object")]
    public async Task Search_PageBreakingTheContract_IsRefused(string body, string expected)
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, body);

        var error = await Assert.ThrowsAsync<JiraResponseException>(
            () => ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA", NextPageToken = "same" }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_JsonOfTheWrongShape_IsAClearError()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"issues":{"id":"1"},"isLast":true}""");

        var error = await Assert.ThrowsAsync<JiraResponseException>(() => ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA" }));

        Assert.StartsWith("Jira sent a search page Atlas cannot follow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_JsonCutShortEveryTime_IsRetriedThenUnavailable()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:MaxRetries"] = "2" });
        using var _ = host;
        network.Otherwise = _ => StubJiraHandler.Json(HttpStatusCode.OK, """{"issues":[{"id":"1",""");

        var error = await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA" })));

        Assert.Contains("ended before its JSON was complete", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LastPageWithoutIsLast_EndsWhenNoTokenFollows()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"issues":[{"id":"1","key":"WRKA-1"}]}""");

        var pages = await ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA" });

        Assert.Equal("1", Assert.Single(pages).Ids);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public async Task Search_PageSizeOutsideJirasRange_IsRefusedBeforeAnyCall(int maxResults)
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;

        await Assert.ThrowsAsync<ArgumentException>(() => ReadAllAsync(host.Client, new JiraSearchRequest { Jql = "project = WRKA", MaxResults = maxResults }));

        Assert.Empty(network.Requests);
    }

    [Fact]
    public async Task ApproximateCount_PostsJql_ReturnsCount()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"count":153}""");

        var count = await host.Client.ApproximateCountAsync("project = WRKA");

        Assert.Equal(153, count);
        var request = Assert.Single(network.Requests);
        Assert.Equal("/rest/api/3/search/approximate-count", request.PathAndQuery);
        Assert.Equal("""{"jql":"project = WRKA"}""", request.Body);
    }

    [Fact]
    public async Task ApproximateCount_MissingCount_IsAClearError()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"total":1}""");

        await Assert.ThrowsAsync<JiraResponseException>(() => host.Client.ApproximateCountAsync("project = WRKA"));
    }

    [Fact]
    public async Task ParseJql_ReturnsErrorsPerQuery()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """
            {"queries":[{"query":"project = WRKA","structure":{}},
                        {"query":"invalid query","errors":["Error in the JQL Query: Expecting operator but got 'query'. (line 1, character 9)"]},
                        {"query":"project = INVALID","warnings":["The value 'INVALID' does not exist for the field 'project'."]}]}
            """);

        var results = await host.Client.ParseJqlAsync(["project = WRKA", "invalid query", "project = INVALID"]);

        Assert.Equal([true, false, true], results.Select(r => r.IsValid));
        Assert.Contains("Expecting operator", results[1].Errors.Single(), StringComparison.Ordinal);
        Assert.Single(results[2].Warnings);
        Assert.Equal("/rest/api/3/jql/parse?validation=strict", network.Requests.Single().PathAndQuery);
    }

    private static async Task<List<(string Ids, string? Next)>> ReadAllAsync(JiraClient client, JiraSearchRequest search)
    {
        var pages = new List<(string, string?)>();
        await foreach (var page in client.SearchAsync(search))
        {
            pages.Add((string.Join(",", page.Issues.Select(i => i.GetProperty("id").GetString())), page.NextPageToken));
        }

        return pages;
    }
}
