using System.Globalization;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Simulator;

/// <summary>Search lag versus reconcileIssues and direct reads, and search-after paging while tickets change.</summary>
public sealed class SimulatorSearchConsistencyTests
{
    [Fact]
    public async Task SearchLag_Edit_SearchSeesItOnlyAfterTheLagButReconcileAndReadsAtOnce()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time, searchLag: TimeSpan.FromSeconds(60));
        using var client = jira.CreateClient();
        var id = jira.Control.Ticket("WRKA-1")!.Id;
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "zebracorn sighting" });
        const string Jql = "project = WRKA AND summary ~ zebracorn";

        var lagging = await client.KeysAsync(Jql);
        var count = (await client.PostJiraAsync("rest/api/3/search/approximate-count", new { jql = Jql })).Json.GetProperty("count").GetInt32();
        var reconciledPost = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = Jql, reconcileIssues = new[] { long.Parse(id, CultureInfo.InvariantCulture) } });
        var reconciledGet = await client.GetJiraAsync($"rest/api/3/search/jql?jql={JiraHttp.Query(Jql)}&reconcileIssues={id}");
        var direct = await client.GetJiraAsync("rest/api/3/issue/WRKA-1?fields=summary");
        var bulk = await client.PostJiraAsync("rest/api/3/issue/bulkfetch", new { issueIdsOrKeys = new[] { id }, fields = new[] { "summary" } });
        time.Advance(TimeSpan.FromSeconds(61));
        var caughtUp = await client.KeysAsync(Jql);

        Assert.Empty(lagging);
        Assert.Equal(0, count);
        Assert.Equal(1, reconciledPost.Json.GetProperty("issues").GetArrayLength());
        Assert.Equal(1, reconciledGet.Json.GetProperty("issues").GetArrayLength());
        Assert.Equal("zebracorn sighting", direct.Json.GetProperty("fields").GetProperty("summary").GetString());
        Assert.Equal("zebracorn sighting", bulk.Json.GetProperty("issues")[0].GetProperty("fields").GetProperty("summary").GetString());
        Assert.Equal(["WRKA-1"], caughtUp);
    }

    [Fact]
    public async Task SearchLag_AddAndDelete_ReachSearchOnlyAfterTheLag()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time, searchLag: TimeSpan.FromSeconds(30));
        using var client = jira.CreateClient();
        var added = jira.Control.AddTicket(new NewTicket("PAY", "Quokka checkout"));
        jira.Control.DeleteTicket("PAY-2");

        var before = await client.KeysAsync("project = PAY AND key <= PAY-3 OR summary ~ quokka ORDER BY key");
        var deletedRead = await client.GetJiraAsync("rest/api/3/issue/PAY-2");
        time.Advance(TimeSpan.FromSeconds(31));
        var after = await client.KeysAsync("project = PAY AND key <= PAY-3 OR summary ~ quokka ORDER BY key");

        Assert.Equal(["PAY-1", "PAY-2", "PAY-3"], before);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, deletedRead.Status);
        Assert.Equal(["PAY-1", "PAY-3", added], after);
    }

    [Fact]
    public async Task Paging_TicketsChangeMidScan_NothingThatStaysPutIsSkipped()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        const string Jql = "project = WRKA ORDER BY updated ASC";
        var original = jira.Control.Tickets().Where(t => t.Project == "WRKA").Select(t => t.Id).ToHashSet();
        var seen = new List<string>();
        var first = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = Jql, maxResults = 10 });
        seen.AddRange(first.Json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        var edited = seen[3];
        var deleted = original.First(id => !seen.Contains(id));
        jira.Control.UpdateTicket(edited, new TicketUpdate { Priority = "Highest" });
        jira.Control.DeleteTicket(deleted);
        var added = jira.Control.Ticket(jira.Control.AddTicket(new NewTicket("WRKA", "Arrived mid-scan")))!.Id;

        var token = first.Json.GetProperty("nextPageToken").GetString();
        while (token is not null)
        {
            var page = await client.PostJiraAsync("rest/api/3/search/jql", new { jql = Jql, maxResults = 10, nextPageToken = token });
            seen.AddRange(page.Json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            token = page.Json.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }

        Assert.Equal(2, seen.Count(id => id == edited));
        Assert.DoesNotContain(deleted, seen);
        Assert.Contains(added, seen);
        Assert.All(original.Where(id => id != deleted), id => Assert.Contains(id, seen));
        Assert.Equal(original.Count - 1 + 1 + 1, seen.Count);
    }
}
