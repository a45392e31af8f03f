namespace Atlas.Tests.Simulator;

/// <summary>Enhanced search pages through 50,000 tickets: every issue exactly once, pages capped as Jira caps them.</summary>
public sealed class SimulatorPagingTests(LargeSiteFixture site) : IClassFixture<LargeSiteFixture>
{
    private const string AllProjects = "project in (WRKA, WMB, QA, PAY, MOB)";

    [Fact]
    public async Task SearchJql_GetIdsOnlyAtMaximum_ReturnsEveryIssueOnceInPagesOf5000()
    {
        var paged = await SearchPager.PageAllAsync(site.Client, AllProjects, 5000, fields: null, post: false);

        AssertEveryIssueOnce(paged);
        Assert.Equal(10, paged.Pages);
        Assert.Equal(5000, paged.LargestPage);
    }

    [Fact]
    public async Task SearchJql_PostIdAndKeyWithOddPageSize_ReturnsEveryIssueOnce()
    {
        var paged = await SearchPager.PageAllAsync(site.Client, AllProjects + " ORDER BY created ASC", 777, ["id", "key"], post: true);

        AssertEveryIssueOnce(paged);
        Assert.Equal((LargeSiteFixture.Tickets + 776) / 777, paged.Pages);
    }

    [Fact]
    public async Task SearchJql_PostNavigableFields_ReturnsEveryIssueOnceInPagesOf100()
    {
        var paged = await SearchPager.PageAllAsync(site.Client, "created >= -1000d ORDER BY updated DESC", 100, ["*navigable"], post: true);

        AssertEveryIssueOnce(paged);
        Assert.Equal(500, paged.Pages);
    }

    [Fact]
    public async Task SearchJql_GetNamedFieldsAboveTheCap_IsCappedAt100AndStillComplete()
    {
        var paged = await SearchPager.PageAllAsync(site.Client, AllProjects + " ORDER BY priority DESC, key ASC", 1000, ["summary", "status"], post: false);

        AssertEveryIssueOnce(paged);
        Assert.Equal(100, paged.LargestPage);
    }

    [Fact]
    public async Task SearchJql_IdsOnlyAboveTheCap_IsCappedAt5000()
    {
        var response = await site.Client.GetJiraAsync($"rest/api/3/search/jql?jql={JiraHttp.Query(AllProjects)}&maxResults=20000");

        Assert.Equal(5000, response.Json.GetProperty("issues").GetArrayLength());
    }

    private static void AssertEveryIssueOnce(SearchPager.Paged paged)
    {
        Assert.Equal(LargeSiteFixture.Tickets, paged.Ids.Count);
        Assert.Equal(LargeSiteFixture.Tickets, paged.Ids.Distinct(StringComparer.Ordinal).Count());
    }
}
