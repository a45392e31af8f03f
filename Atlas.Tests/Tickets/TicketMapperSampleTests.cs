using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Core.Tickets;
using Atlas.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Atlas.Tests.Tickets;

/// <summary>The payloads collected in shared/jira/samples: what maps, and what is refused (and why).</summary>
public sealed class TicketMapperSampleTests
{
    private readonly TicketMapper _mapper = new(NullLogger<TicketMapper>.Instance);

    [SharedFact]
    public void Map_SoopersetIssue_MapsWithPlainTextDescription()
    {
        var result = _mapper.Map(Sample("sooperset-mcp-atlassian__jira_mocks.py.MOCK_JIRA_ISSUE_RESPONSE.json"));

        Assert.True(result.IsAccepted, result.Rejection?.Message);
        var ticket = result.Ticket;
        Assert.Equal((12345L, "PROJ-123", "PROJ"), (ticket.Id, ticket.Key, ticket.Project));
        Assert.Equal("This is a test issue description", ticket.Description);
        Assert.Null(ticket.DescriptionAdf);
        Assert.Equal(("In Progress", "indeterminate", "Task", "Medium"), (ticket.Status, ticket.StatusCategory, ticket.IssueType, ticket.Priority));
        Assert.Equal(new TicketUser("123", "Test User"), ticket.Assignee);
        Assert.Equal(["Backend"], ticket.Components);
        Assert.Equal(["v1.0"], ticket.FixVersions);
        Assert.Equal(("Fixed", new DateOnly(2024, 12, 31), "PROJ-122"), (ticket.Resolution, ticket.DueDate, ticket.ParentKey));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 15, 30, 0, TimeSpan.Zero), ticket.Updated);
    }

    [SharedFact]
    public void Map_JiraCliIssue_IsRejectedForItsMissingId()
    {
        var result = _mapper.Map(Sample("ankitpokhrel-jira-cli__issue.json"));

        Assert.Equal(("TEST-1", "id", "is missing"), (result.Rejection!.Key, result.Rejection.Field, result.Rejection.Reason));
    }

    [SharedFact]
    public void Map_OpenApiExampleIssue_IsRejectedNotGuessed()
    {
        var result = _mapper.Map(Sample("atlassian-openapi-example__issue_GET_200.json"));

        Assert.False(result.IsAccepted);
        Assert.Equal("ED-1", result.Rejection.Key);
    }

    [SharedFact]
    public void MapPage_SearchPageSamples_EveryIssueGetsAVerdict()
    {
        foreach (var name in new[] { "mattermost-plugin-jira__rhs-search-jql-page1.json", "mattermost-plugin-jira__rhs-search-jql-last.json", "atlassian-openapi-example__search_jql_GET_200.json" })
        {
            using var page = JiraSearchPage.Parse(JsonDocument.Parse(File.ReadAllText(SharedFolder.File("jira", "samples", name))), null);

            var results = _mapper.MapPage(page).ToList();

            Assert.Equal(page.Issues.Count, results.Count);
            Assert.All(results, r => Assert.False(r.IsAccepted, $"{name}: these trimmed samples lack required fields"));
        }
    }

    private static JsonElement Sample(string name) =>
        JsonDocument.Parse(File.ReadAllText(SharedFolder.File("jira", "samples", name))).RootElement;
}
