using System.Net;
using System.Text.Json;

namespace Atlas.Tests.Simulator;

/// <summary>What search/jql and GET issue return for each `fields` selection, and the page-size caps.</summary>
public sealed class SimulatorFieldSelectionTests
{
    [Fact]
    public async Task SearchJql_NoFieldsParameter_ReturnsIssuesWithOnlyTheirIds()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var response = await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DWRKA&maxResults=5");

        var issues = response.Json.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(5, issues.Count);
        Assert.All(issues, i => Assert.Equal(["id"], i.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task SearchJql_StarAllAndStarNavigable_DifferByNonNavigableFields()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var all = await FieldsOfFirst(client, "*all");
        var navigable = await FieldsOfFirst(client, "*navigable");

        Assert.Contains("comment", all);
        Assert.Contains("worklog", all);
        Assert.DoesNotContain("comment", navigable);
        Assert.Contains("summary", navigable);
        Assert.Contains("customfield_10016", navigable);
        Assert.Subset(all.ToHashSet(), navigable.ToHashSet());
    }

    [Fact]
    public async Task SearchJql_MinusField_ReturnsNavigableFieldsExceptIt()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var fields = await FieldsOfFirst(client, "-description");

        Assert.DoesNotContain("description", fields);
        Assert.Contains("summary", fields);
        Assert.DoesNotContain("comment", fields);
    }

    [Fact]
    public async Task SearchJql_NamedFields_ReturnsExactlyThoseWithKeyAndSelf()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var response = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = QA", fields = new[] { "summary", "status" }, maxResults = 3 });

        var issue = response.Json.GetProperty("issues")[0];
        Assert.Equal(["status", "summary"], issue.GetProperty("fields").EnumerateObject().Select(p => p.Name).Order());
        Assert.StartsWith("QA-", issue.GetProperty("key").GetString(), StringComparison.Ordinal);
        Assert.Equal($"{jira.BaseUrl}/rest/api/3/issue/{issue.GetProperty("id").GetString()}", issue.GetProperty("self").GetString());
    }

    [Fact]
    public async Task SearchJql_FieldsAboveTheFullCap_ReturnsAtMost100()
    {
        await using var jira = await TestSites.StartAsync(tickets: 400);
        using var client = jira.CreateClient();

        var response = await client.GetJiraAsync("rest/api/3/search/jql?jql=created%20%3C%3D%20now()&maxResults=250&fields=summary");

        Assert.Equal(100, response.Json.GetProperty("issues").GetArrayLength());
        Assert.False(response.Json.GetProperty("isLast").GetBoolean());
    }

    [Fact]
    public async Task SearchJql_TokenReusedWithAnotherJql_Returns400()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        var first = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = WRKA", maxResults = 10 });
        var token = first.Json.GetProperty("nextPageToken").GetString();

        var sameQuery = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = WRKA", maxResults = 10, nextPageToken = token });
        var otherQuery = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = WMB", maxResults = 10, nextPageToken = token });
        var garbage = await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DWRKA&nextPageToken=not-a-token");

        Assert.Equal(HttpStatusCode.OK, sameQuery.Status);
        Assert.Equal(HttpStatusCode.BadRequest, otherQuery.Status);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.Status);
        Assert.Contains("nextPageToken", otherQuery.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ORDER BY key DESC")]
    public async Task SearchJql_UnboundedJql_Returns400(string jql)
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var search = await client.GetJiraAsync($"rest/api/3/search/jql?jql={JiraHttp.Query(jql)}");
        var count = await client.PostJiraAsync("rest/api/3/search/approximate-count", new { jql });

        const string Message = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
        Assert.Equal(HttpStatusCode.BadRequest, search.Status);
        Assert.Equal([Message], search.ErrorMessages);
        Assert.Equal([Message], count.ErrorMessages);
    }

    [Fact]
    public async Task SearchJql_PostBodyWithUnknownProperty_Returns400()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var response = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = WRKA", failFast = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("failFast", response.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIssue_NoFieldsParameter_ReturnsAllFieldsWithStringId()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var issue = (await client.GetJiraAsync("rest/api/3/issue/wrka-1")).Json;

        Assert.Equal(JsonValueKind.String, issue.GetProperty("id").ValueKind);
        Assert.Equal("WRKA-1", issue.GetProperty("key").GetString());
        Assert.True(issue.GetProperty("fields").TryGetProperty("comment", out _));
        Assert.True(issue.GetProperty("fields").TryGetProperty("summary", out _));
    }

    private static async Task<List<string>> FieldsOfFirst(HttpClient client, string fields)
    {
        var response = await client.GetJiraAsync($"rest/api/3/search/jql?jql=project%3DWRKA&maxResults=1&fields={Uri.EscapeDataString(fields)}");
        return [.. response.Json.GetProperty("issues")[0].GetProperty("fields").EnumerateObject().Select(p => p.Name)];
    }
}
