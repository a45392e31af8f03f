using Atlas.Core.Jql;
using Atlas.Core.Search;
using Atlas.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Search;

/// <summary>Which source answers, and what a search says when it cannot: invalid JQL, Jira's refusal, Jira down, needs Jira.</summary>
public sealed class SearchServiceTests
{
    private const string Query = "project = WRKA ORDER BY key ASC";

    [Fact]
    public async Task SearchAsync_AutoWithJiraUp_AnswersLive()
    {
        await using var site = await SmallSite.StartAsync();

        var response = await site.Search.SearchAsync(Query, SearchSource.Auto, 10);

        Assert.Equal(SearchOutcome.Found, response.Outcome);
        Assert.Equal("live", response.Results!.Source);
        Assert.False(response.Results.Stale);
        Assert.Equal(10, response.Results.Count);
        Assert.True(response.Results.HasMore);
        Assert.All(response.Results.Issues, issue => Assert.Equal("live", issue.Source));
    }

    [Fact]
    public async Task SearchAsync_AutoWithJiraDown_AnswersFromTheCacheAndSaysSo()
    {
        await using var site = await SmallSite.StartAsync();
        var live = await site.Search.SearchAsync(Query, SearchSource.Live, 10);
        site.TakeJiraDown();

        var response = await site.Search.SearchAsync(Query, SearchSource.Auto, 10);

        Assert.Equal(SearchOutcome.Found, response.Outcome);
        Assert.Equal("cache", response.Results!.Source);
        Assert.True(response.Results.Stale);
        Assert.NotNull(response.Results.CacheSyncedAt);
        Assert.Contains("Jira could not be reached", response.Message, StringComparison.Ordinal);
        Assert.All(response.Results.Issues, issue => Assert.True(issue.Stale));
        Assert.Equal(live.Results!.Issues.Select(i => i.Key), response.Results.Issues.Select(i => i.Key));
    }

    [Fact]
    public async Task SearchAsync_AutoWithJiraDownAndHistoryQuery_UnreachableNamingWhatNeedsJira()
    {
        await using var site = await SmallSite.StartAsync();
        site.TakeJiraDown();

        var response = await site.Search.SearchAsync("project = WRKA AND status WAS Done", SearchSource.Auto);

        Assert.Equal(SearchOutcome.Unreachable, response.Outcome);
        Assert.Contains("needs Jira", response.Message, StringComparison.Ordinal);
        Assert.Contains("could not be reached", response.Message, StringComparison.Ordinal);
        Assert.Single(response.Errors);
    }

    [Fact]
    public async Task SearchAsync_AutoWithJiraDownAndSortUnknownOffline_Unreachable()
    {
        await using var site = await SmallSite.StartAsync();
        site.TakeJiraDown();

        var response = await site.Search.SearchAsync("project = WRKA ORDER BY status", SearchSource.Auto);

        Assert.Equal(SearchOutcome.Unreachable, response.Outcome);
        Assert.Contains("workflow order of statuses", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_LiveWithJiraDown_Unreachable()
    {
        await using var site = await SmallSite.StartAsync();
        site.TakeJiraDown();

        var response = await site.Search.SearchAsync(Query, SearchSource.Live);

        Assert.Equal(SearchOutcome.Unreachable, response.Outcome);
        Assert.Null(response.Results);
    }

    [Fact]
    public async Task SearchAsync_LiveQueryJiraRefuses_InvalidWithJirasMessageNotNoResults()
    {
        await using var site = await SmallSite.StartAsync(synced: false);

        var response = await site.Search.SearchAsync("project = WRKA AND status = Nonexistent", SearchSource.Live);

        Assert.Equal(SearchOutcome.Invalid, response.Outcome);
        Assert.Null(response.Results);
        var error = Assert.Single(response.Errors);
        Assert.Equal("The value 'Nonexistent' does not exist for the field 'status'.", error.Message);
    }

    [Fact]
    public async Task SearchAsync_InvalidJql_ErrorsWithPositionAndJiraIsNotAsked()
    {
        await using var site = await SmallSite.StartAsync(synced: false);
        site.Jira.Control.ResetCounters();

        var response = await site.Search.SearchAsync("project = WRKA AND status = Done assignee = me", SearchSource.Auto);

        Assert.Equal(SearchOutcome.Invalid, response.Outcome);
        var error = Assert.Single(response.Errors);
        Assert.Equal(33, error.Position);
        Assert.Equal(0, site.SearchCalls());
    }

    [Theory]
    [InlineData("")]
    [InlineData("ORDER BY updated DESC")]
    public async Task SearchAsync_Unbounded_InvalidLikeJira(string jql)
    {
        await using var site = await SmallSite.StartAsync(synced: false);

        var response = await site.Search.SearchAsync(jql, SearchSource.Offline);

        Assert.Equal(SearchOutcome.Invalid, response.Outcome);
        Assert.StartsWith("Unbounded JQL queries are not allowed here.", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_OfflineQueryNeedsJira_NeedsJiraWithPosition()
    {
        await using var site = await SmallSite.StartAsync();

        var response = await site.Search.SearchAsync("project = WRKA AND assignee in membersOf(\"qa\")", SearchSource.Offline);

        Assert.Equal(SearchOutcome.NeedsJira, response.Outcome);
        var blocker = Assert.Single(response.Errors);
        Assert.Equal(JqlErrorKind.Offline, blocker.Kind);
        Assert.Equal(31, blocker.Position);
        Assert.Contains("Run with --live.", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_OfflineBeforeAnySync_NoCacheNotNoResults()
    {
        await using var site = await SmallSite.StartAsync(synced: false);

        var response = await site.Search.SearchAsync(Query, SearchSource.Offline);

        Assert.Equal(SearchOutcome.NoCache, response.Outcome);
        Assert.Contains("atlas sync", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_OfflineWithLocalNote_ShowsTheNote()
    {
        await using var site = await SmallSite.StartAsync();
        var store = site.Services.GetRequiredService<TicketStore>();
        var ticket = await store.GetByKeyAsync("WRKA-1", CancellationToken.None);
        await store.AddNoteAsync(ticket!.Ticket.Id, "retest on staging", CancellationToken.None);

        var offline = await site.Search.SearchAsync("key = WRKA-1", SearchSource.Offline);
        var live = await site.Search.SearchAsync("key = WRKA-1", SearchSource.Live);

        Assert.Equal("retest on staging", Assert.Single(offline.Results!.Issues).Local.Notes.Single().Body);
        Assert.Equal("retest on staging", Assert.Single(live.Results!.Issues).Local.Notes.Single().Body);
    }

    [Fact]
    public async Task SearchAsync_LimitOutOfRange_Throws()
    {
        await using var site = await SmallSite.StartAsync(synced: false);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => site.Search.SearchAsync(Query, SearchSource.Offline, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => site.Search.SearchAsync(Query, SearchSource.Offline, SearchService.MaxLimit + 1));
    }
}
