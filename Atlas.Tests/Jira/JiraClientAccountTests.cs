using System.Net;
using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Tests.Jira.Fakes;
using Atlas.Tests.Support;

namespace Atlas.Tests.Jira;

public sealed class JiraClientAccountTests
{
    [Fact]
    public async Task GetMyself_MapsAccountZoneAndLocale()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, JiraPayloads.Myself);

        var me = await host.Client.GetMyselfAsync();

        Assert.Equal(new JiraMyself("5b10a2844c20165700ede21g", "Mia Krystof", "mia@example.com", "Australia/Sydney", "en_US"), me);
        Assert.Equal("/rest/api/3/myself", network.Requests.Single().PathAndQuery);
    }

    [SharedFact]
    public async Task GetMyself_RecordedCloudPayload_IsUnderstood()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, File.ReadAllText(SharedFolder.File("jira", "samples", "demisto-content__JiraV3_get_user_info_test_cloud_raw_response.json")));

        var me = await host.Client.GetMyselfAsync();

        Assert.Equal("123456:cd68d496-c059-4e88-9e29-12ef5c911bcf", me.AccountId);
        Assert.Equal("America/Detroit", me.TimeZone);
        Assert.Equal("en_US", me.Locale);
    }

    [Fact]
    public async Task GetProjects_FollowsOffsetPagesAndAsksForTheKeys()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"startAt":0,"maxResults":2,"isLast":false,"values":[{"id":"10000","key":"WRKA","name":"Work A"},{"id":"10001","key":"WMB","name":"Mobile"}]}""")
            .Respond(HttpStatusCode.OK, """{"startAt":2,"maxResults":2,"isLast":true,"values":[{"id":"10002","key":"OPS","name":"Ops"}]}""");

        var projects = await host.Client.GetProjectsAsync(["WRKA", "WMB", "OPS"]);

        Assert.Equal(["WRKA", "WMB", "OPS"], projects.Select(p => p.Key));
        Assert.Equal(new JiraProject("10000", "WRKA", "Work A"), projects[0]);
        Assert.Equal(
            ["/rest/api/3/project/search?startAt=0&maxResults=100&keys=WRKA&keys=WMB&keys=OPS", "/rest/api/3/project/search?startAt=2&maxResults=100&keys=WRKA&keys=WMB&keys=OPS"],
            network.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task GetProjects_NoneMatch404_IsEmpty()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.NotFound, """{"errorMessages":["No project could be found with key 'NOPE'."],"errors":{}}""");

        Assert.Empty(await host.Client.GetProjectsAsync(["NOPE"]));
    }

    [Fact]
    public async Task GetProjects_MoreThan50Keys_AreAskedInBatches()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Otherwise = _ => StubJiraHandler.Json(HttpStatusCode.OK, """{"isLast":true,"values":[]}""");

        await host.Client.GetProjectsAsync(Enumerable.Range(1, 120).Select(i => $"P{i}").ToList());

        Assert.Equal([50, 50, 20], network.Requests.Select(r => r.PathAndQuery.Split("&keys=").Length - 1));
    }

    [Fact]
    public async Task GetIssue_AsksForTheStoredFields_ReturnsTheIssue()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"id":"10002","key":"WRKA-2","fields":{"summary":"x"}}""");

        var issue = await host.Client.GetIssueAsync("WRKA-2");

        Assert.Equal("WRKA-2", issue!.Value.GetProperty("key").GetString());
        Assert.Equal("/rest/api/3/issue/WRKA-2?fields=" + string.Join(",", JiraFields.Stored), network.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task GetIssue_404_IsNullNotAnError()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.NotFound, """{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}""");

        Assert.Null(await host.Client.GetIssueAsync("WRKA-404"));
    }

    [Fact]
    public async Task BulkFetch_BatchesBy100_ReturnsAllIssues()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Otherwise = request =>
        {
            var asked = JsonDocument.Parse(request.Content!.ReadAsStringAsync().Result).RootElement.GetProperty("issueIdsOrKeys");
            var issues = string.Join(",", asked.EnumerateArray().Select(id => $$"""{"id":"{{id.GetString()}}","key":"WRKA-{{id.GetString()}}"}"""));
            return StubJiraHandler.Json(HttpStatusCode.OK, $$"""{"issues":[{{issues}}],"issueErrors":[]}""");
        };

        var issues = await host.Client.BulkFetchAsync(Enumerable.Range(1, 250).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

        Assert.Equal(250, issues.Count);
        Assert.Equal("250", issues[^1].GetProperty("id").GetString());
        Assert.Equal(3, network.Requests.Count);
        Assert.All(network.Requests, r => Assert.Equal("/rest/api/3/issue/bulkfetch", r.PathAndQuery));
        var fields = JsonDocument.Parse(network.Requests[0].Body!).RootElement.GetProperty("fields");
        Assert.Equal(JiraFields.Stored, fields.EnumerateArray().Select(f => f.GetString()));
    }
}
