using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Simulator;

/// <summary>Auth, removed endpoints, issue lookup (missing, hidden, moved), bulkfetch, counts, myself, projects.</summary>
public sealed class SimulatorEndpointTests
{
    private const string Removed = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";
    private const string NotFound = "Issue does not exist or you do not have permission to see it.";

    [Theory]
    [InlineData("GET", "rest/api/2/search?jql=project%3DWRKA")]
    [InlineData("POST", "rest/api/2/search")]
    [InlineData("GET", "rest/api/3/search?jql=project%3DWRKA")]
    [InlineData("POST", "rest/api/3/search")]
    public async Task LegacySearch_AnyVersionOrMethod_Returns410WithJirasMessage(string method, string path)
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var response = await client.SendJiraAsync(new HttpMethod(method), path, method == "POST" ? "{\"jql\":\"project = WRKA\"}" : null);

        Assert.Equal(HttpStatusCode.Gone, response.Status);
        Assert.Equal([Removed], response.ErrorMessages);
    }

    [Fact]
    public async Task Rest_MissingOrWrongCredentials_Returns401WithoutEchoingTheToken()
    {
        await using var jira = await TestSites.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = jira.BaseUri };
        using var wrong = new HttpClient { BaseAddress = jira.BaseUri };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{jira.Email}:wrong-token")));

        var none = await anonymous.GetJiraAsync("rest/api/3/myself");
        var bad = await wrong.GetJiraAsync("rest/api/3/search/jql?jql=project%3DWRKA");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (none.Status, bad.Status));
        Assert.Equal("Client must be authenticated to access this resource.", none.Json.GetProperty("message").GetString());
        Assert.DoesNotContain("wrong-token", bad.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(jira.ApiToken, none.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIssue_MissingAndHidden_Both404WithTheSameMessage()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.HideTicket("WRKA-3");

        var missing = await client.GetJiraAsync("rest/api/3/issue/WRKA-99999");
        var hidden = await client.GetJiraAsync("rest/api/3/issue/WRKA-3");
        var search = await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DWRKA&maxResults=5000&fields=key");
        jira.Control.UnhideTicket("WRKA-3");
        var visibleAgain = await client.GetJiraAsync("rest/api/3/issue/WRKA-3");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (missing.Status, hidden.Status));
        Assert.Equal([NotFound], missing.ErrorMessages);
        Assert.Equal([NotFound], hidden.ErrorMessages);
        Assert.DoesNotContain("\"WRKA-3\"", search.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, visibleAgain.Status);
    }

    [Fact]
    public async Task GetIssue_MovedIssueByOldKey_ReturnsItUnderItsNewKey()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        var id = jira.Control.Ticket("WRKA-2")!.Id;

        var newKey = jira.Control.MoveTicket("WRKA-2", "QA");
        var byOldKey = await client.GetJiraAsync("rest/api/3/issue/wrka-2");
        var byJql = await client.GetJiraAsync("rest/api/3/search/jql?jql=key%20%3D%20WRKA-2&fields=key");

        Assert.StartsWith("QA-", newKey, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byOldKey.Status);
        Assert.Equal(newKey, byOldKey.Json.GetProperty("key").GetString());
        Assert.Equal(id, byOldKey.Json.GetProperty("id").GetString());
        Assert.Equal(newKey, byJql.Json.GetProperty("issues")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task BulkFetch_MixedIdsAndKeys_ReturnsFoundIssuesByAscendingId()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.HideTicket("QA-1");
        var wmb = jira.Control.Ticket("WMB-2")!.Id;

        var response = await client.PostJiraAsync("rest/api/3/issue/bulkfetch", new { issueIdsOrKeys = new[] { "WRKA-5", wmb, "qa-1", "NOPE-1", "WRKA-1", "WRKA-5" }, fields = new[] { "summary" } });

        var issues = response.Json.GetProperty("issues").EnumerateArray().ToList();
        var ids = issues.Select(i => long.Parse(i.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, issues.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(0, response.Json.GetProperty("issueErrors").GetArrayLength());
        Assert.All(issues, i => Assert.Equal(["summary"], i.GetProperty("fields").EnumerateObject().Select(p => p.Name)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task BulkFetch_NoneOrOver100_Returns400(int count)
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var response = await client.PostJiraAsync("rest/api/3/issue/bulkfetch", new { issueIdsOrKeys = Enumerable.Range(1, count).Select(i => $"WRKA-{i}").ToArray() });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task ApproximateCount_MatchesWhatSearchPagesThrough()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        const string Jql = "project = WRKA AND statusCategory != Done";

        var count = await client.PostJiraAsync("rest/api/3/search/approximate-count", new { jql = Jql });
        var paged = await SearchPager.PageAllAsync(client, Jql, 7, null, post: true);

        Assert.Equal(paged.Ids.Count, count.Json.GetProperty("count").GetInt32());
        Assert.True(paged.Ids.Count > 0);
    }

    [Fact]
    public async Task Myself_ReflectsTheProfileAndExpandsGroups()
    {
        await using var jira = await TestSites.StartAsync(timeZone: "Asia/Kathmandu", locale: "de_DE");
        using var client = jira.CreateClient();

        var plain = (await client.GetJiraAsync("rest/api/3/myself")).Json;
        var expanded = (await client.GetJiraAsync("rest/api/3/myself?expand=groups,applicationRoles")).Json;

        Assert.Equal(("Asia/Kathmandu", "de_DE", jira.Email), (plain.GetProperty("timeZone").GetString(), plain.GetProperty("locale").GetString(), plain.GetProperty("emailAddress").GetString()));
        Assert.Equal(0, plain.GetProperty("groups").GetProperty("items").GetArrayLength());
        Assert.Equal(3, expanded.GetProperty("groups").GetProperty("items").GetArrayLength());
        Assert.Equal(1, expanded.GetProperty("applicationRoles").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ProjectSearch_PagesByOffsetAndFiltersByKeys()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var first = (await client.GetJiraAsync("rest/api/3/project/search?maxResults=2")).Json;
        var last = (await client.GetJiraAsync("rest/api/3/project/search?maxResults=2&startAt=4")).Json;
        var filtered = (await client.GetJiraAsync("rest/api/3/project/search?keys=QA&keys=PAY")).Json;
        var none = await client.GetJiraAsync("rest/api/3/project/search?keys=NOPE");

        Assert.Equal((5, false, 2), (first.GetProperty("total").GetInt32(), first.GetProperty("isLast").GetBoolean(), first.GetProperty("values").GetArrayLength()));
        Assert.Equal("MOB", first.GetProperty("values")[0].GetProperty("key").GetString());
        Assert.True(first.TryGetProperty("nextPage", out _));
        Assert.True(last.GetProperty("isLast").GetBoolean());
        Assert.Equal(["PAY", "QA"], filtered.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, none.Status);
    }

    [Theory]
    [InlineData(TicketCorruption.MalformedKey, "\"key\":\"wrka_4!\"")]
    [InlineData(TicketCorruption.UnparsableUpdated, "\"updated\":\"yesterday at 5pm\"")]
    [InlineData(TicketCorruption.SummaryIsNumber, "\"summary\":12345")]
    public async Task CorruptTicket_RendersMalformedJsonValuesInSearch(TicketCorruption corruption, string expected)
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.CorruptTicket("WRKA-4", corruption);

        var response = await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DWRKA%20AND%20key%20%3C%3D%20WRKA-5&fields=summary,updated");

        Assert.Contains(expected, response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptTicket_HugeSummary_IsMegabytesLong()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        jira.Control.CorruptTicket("WRKA-4", TicketCorruption.HugeSummary);

        var response = await client.GetJiraAsync("rest/api/3/issue/WRKA-4?fields=summary");

        Assert.True(response.Json.GetProperty("fields").GetProperty("summary").GetString()!.Length > 4_000_000);
    }

    [Fact]
    public async Task UnknownRestPath_Returns404()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var response = await client.GetJiraAsync("rest/api/3/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Single(response.ErrorMessages);
    }

    [Fact]
    public async Task Counters_CountRequestsPerEndpointUntilReset()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        await client.GetJiraAsync("rest/api/3/issue/WRKA-1");
        await client.GetJiraAsync("rest/api/3/issue/WRKA-2");
        await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = QA" });
        var counters = jira.Control.Counters;
        jira.Control.ResetCounters();

        Assert.Equal(2, counters["GET /rest/api/3/issue/{issueIdOrKey}"]);
        Assert.Equal(1, counters["POST /rest/api/3/search/jql"]);
        Assert.Empty(jira.Control.Counters);
    }
}
