using System.Text.Json;
using Atlas.Tests.Support;

namespace Atlas.Tests.Simulator;

/// <summary>Simulator responses validate against the response schemas of Atlassian's OpenAPI document.</summary>
public sealed class SimulatorOpenApiTests
{
    private static readonly (string Field, string Schema)[] FieldSchemas =
    [
        ("assignee", "UserDetails"), ("reporter", "UserDetails"), ("creator", "UserDetails"), ("status", "StatusDetails"),
        ("priority", "Priority"), ("issuetype", "IssueTypeDetails"), ("project", "ProjectDetails"), ("resolution", "Resolution"),
        ("comment", "PageOfComments"), ("watches", "Watchers"), ("votes", "Votes"), ("worklog", "PageOfWorklogs"),
    ];

    [SharedFact]
    public async Task Myself_And_ProjectSearch_MatchUserAndPageBeanProject()
    {
        await using var jira = await TestSites.StartAsync(tickets: 50);
        using var client = jira.CreateClient();

        AssertValid("User", (await client.GetJiraAsync("rest/api/3/myself?expand=groups,applicationRoles")).Json);
        AssertValid("PageBeanProject", (await client.GetJiraAsync("rest/api/3/project/search?maxResults=2")).Json);
    }

    [SharedFact]
    public async Task GetIssue_WithExpansions_MatchesIssueBeanAndItsFieldSchemas()
    {
        await using var jira = await TestSites.StartAsync(tickets: 300);
        using var client = jira.CreateClient();
        var keys = await client.KeysAsync("project = WRKA AND resolution IS NOT EMPTY AND assignee IS NOT EMPTY AND component IS NOT EMPTY AND fixVersion IS NOT EMPTY");

        var issue = (await client.GetJiraAsync($"rest/api/3/issue/{keys[0]}?expand=names,schema,changelog")).Json;

        AssertValid("IssueBean", issue);
        AssertFieldsValid(issue);
        AssertValid("ProjectComponent", issue.Field("components")[0]);
        AssertValid("Version", issue.Field("fixVersions")[0]);
        Assert.True(issue.GetProperty("changelog").GetProperty("histories").GetArrayLength() > 0);
    }

    [SharedFact]
    public async Task SearchJql_IdsAndAllFields_MatchSearchAndReconcileResults()
    {
        await using var jira = await TestSites.StartAsync(tickets: 300);
        using var client = jira.CreateClient();

        var ids = (await client.GetJiraAsync("rest/api/3/search/jql?jql=project%3DWRKA&maxResults=5")).Json;
        var full = (await client.PostJiraAsync("rest/api/3/search/jql", new { jql = "project = WRKA", fields = new[] { "*all" }, expand = "names,schema", maxResults = 20 })).Json;

        AssertValid("SearchAndReconcileResults", ids);
        AssertValid("SearchAndReconcileResults", full);
        foreach (var issue in full.GetProperty("issues").EnumerateArray())
        {
            AssertFieldsValid(issue);
        }
    }

    [SharedFact]
    public async Task CountBulkFetchAndParse_MatchTheirSchemas()
    {
        await using var jira = await TestSites.StartAsync(tickets: 50);
        using var client = jira.CreateClient();

        var count = await client.PostJiraAsync("rest/api/3/search/approximate-count", new { jql = "project = WRKA" });
        var bulk = await client.PostJiraAsync("rest/api/3/issue/bulkfetch", new { issueIdsOrKeys = new[] { "WRKA-1", "WRKA-2" } });
        var parse = await client.PostJiraAsync("rest/api/3/jql/parse?validation=warn", new
        {
            queries = new[] { "summary ~ test AND (labels in (urgent, blocker) OR assignee = currentUser()) AND status CHANGED AFTER -5d AND status WAS Done BY currentUser() ORDER BY updated DESC", "invalid query", "project = INVALID", "NOT assignee IS EMPTY", "priority in (High, EMPTY, \"Low\")" },
        });

        AssertValid("JQLCountResultsBean", count.Json);
        AssertValid("BulkIssueResults", bulk.Json);
        AssertValid("ParsedJqlQueries", parse.Json);
    }

    [SharedFact]
    public async Task ErrorBodies_MatchErrorCollection()
    {
        await using var jira = await TestSites.StartAsync(tickets: 20);
        using var client = jira.CreateClient();

        AssertValid("ErrorCollection", (await client.GetJiraAsync("rest/api/3/issue/NOPE-1")).Json);
        AssertValid("ErrorCollection", (await client.GetJiraAsync("rest/api/3/search/jql?jql=invalid%20query")).Json);
        AssertValid("ErrorCollection", (await client.GetJiraAsync("rest/api/3/search?jql=project%3DWRKA")).Json);
    }

    [SharedFact]
    public async Task RemovedSearch_MessageIsTheOneInTheRecordedSample()
    {
        await using var jira = await TestSites.StartAsync(tickets: 20);
        using var client = jira.CreateClient();
        var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Shared!, "jira", "samples", "bitovi-jira-timeline-report__search-api-deprecation.md.410_error.json"))).RootElement;

        var response = await client.GetJiraAsync("rest/api/3/search?jql=project%3DWRKA");

        Assert.Equal(sample.GetProperty("errorMessages")[0].GetString(), response.ErrorMessages.Single());
    }

    [SharedFact]
    public void Validator_RejectsAnInvalidUser_SoTheseTestsCanFail()
    {
        var invalid = JsonDocument.Parse("{\"accountId\":\"x\",\"active\":\"yes\",\"unexpected\":1}").RootElement;

        Assert.NotEmpty(OpenApiSchemas.Instance.Validate("User", invalid));
    }

    private static void AssertFieldsValid(JsonElement issue)
    {
        foreach (var (field, schema) in FieldSchemas)
        {
            if (issue.GetProperty("fields").TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                AssertValid(schema, value);
            }
        }
    }

    private static void AssertValid(string schema, JsonElement instance)
    {
        var errors = OpenApiSchemas.Instance.Validate(schema, instance);
        Assert.True(errors.Count == 0, $"{schema}: {string.Join(Environment.NewLine, errors.Take(10))}");
    }
}
