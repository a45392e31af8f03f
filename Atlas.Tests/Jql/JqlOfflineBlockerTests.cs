using Atlas.Core.Jql;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>What a valid query needs Jira for: history, sprints, groups, links, versions, social data, uncached fields.</summary>
public sealed class JqlOfflineBlockerTests
{
    [Theory]
    [InlineData("status WAS Open", "'status WAS' needs Jira: the local cache keeps no change history. Run with --live.", 0, 15)]
    [InlineData("assignee was not in (a, b)", "'assignee WAS NOT IN' needs Jira: the local cache keeps no change history. Run with --live.", 0, 26)]
    [InlineData("project = A AND status changed", "'status CHANGED' needs Jira: the local cache keeps no change history. Run with --live.", 16, 14)]
    [InlineData("assignee in membersOf(\"devs\")", "'membersOf(devs)' needs Jira: the local cache keeps no group membership. Run with --live.", 12, 17)]
    [InlineData("issue in linkedIssues(WRKA-1)", "'linkedIssues(WRKA-1)' needs Jira: the local cache keeps no issue links. Run with --live.", 9, 20)]
    [InlineData("issuekey in issueHistory()", "'issueHistory()' needs Jira: the local cache keeps no record of the issues you viewed. Run with --live.", 12, 14)]
    [InlineData("key in updatedBy(jsmith)", "'updatedBy(jsmith)' needs Jira: the local cache keeps no change history. Run with --live.", 7, 17)]
    [InlineData("key in watchedIssues()", "'watchedIssues()' needs Jira: the local cache keeps no watchers or votes. Run with --live.", 7, 15)]
    [InlineData("updated > lastLogin()", "'lastLogin()' needs Jira: the local cache keeps no login times. Run with --live.", 10, 11)]
    [InlineData("cf[10010] = 3", "'cf[10010]' needs Jira: the local cache does not store custom fields. Run with --live.", 0, 9)]
    [InlineData("\"Story Points\" > 3", "'Story Points' needs Jira: it is not a system field Atlas knows, so it may be a custom field, and the local cache stores none. Run with --live.", 0, 14)]
    [InlineData("issue.property[support].level = 3", "'issue.property[support].level' needs Jira: the local cache does not store entity properties. Run with --live.", 0, 29)]
    public void Parse_QueryOnlyJiraCanAnswer_ListsTheBlocker(string text, string message, int position, int length)
    {
        var result = JqlApi.Parse(text);

        Assert.True(result.IsValid);
        Assert.False(result.CanRunOffline);
        Assert.Contains(new JqlError(message, position, length, JqlErrorKind.Offline), result.OfflineBlockers);
    }

    [Fact]
    public void Parse_SprintFunction_BlocksForFieldAndFunction()
    {
        var blockers = JqlApi.Parse("sprint in openSprints()").OfflineBlockers.Select(blocker => blocker.Message);

        Assert.Equal(
            ["'sprint' needs Jira: the local cache does not store this field. Run with --live.", "'openSprints()' needs Jira: the local cache keeps no sprint state. Run with --live."],
            blockers);
    }

    [Theory]
    [InlineData("project = WRKA AND status = Open AND assignee = currentUser() ORDER BY updated DESC")]
    [InlineData("created > startOfWeek(-1w) AND updated <= now() AND due < \"2026-12-01\"")]
    [InlineData("labels in (ui) AND component = Backend AND type = Bug AND priority >= High")]
    [InlineData("summary ~ login OR description ~ \"stack trace\" OR text ~ crash")]
    [InlineData("key in (WRKA-1, WRKA-2) OR parent = WRKA-3 OR statusCategory != Done")]
    [InlineData("resolution is EMPTY AND reporter != jsmith")]
    [InlineData("environment ~ linux ORDER BY resolved")]
    public void Parse_QueryOnCachedFields_CanRunOffline(string text)
    {
        var result = JqlApi.Parse(text);

        Assert.True(result.CanRunOffline, string.Join(" | ", result.OfflineBlockers.Select(blocker => blocker.Message)));
    }

    [Fact]
    public void Parse_InvalidQuery_CannotRunOffline()
    {
        Assert.False(JqlApi.Parse("summary = x").CanRunOffline);
    }
}
