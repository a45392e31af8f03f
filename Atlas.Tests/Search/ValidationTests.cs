using Atlas.Core.Search;

namespace Atlas.Tests.Search;

/// <summary><see cref="SearchService.Validate"/>: where a query is wrong (0-based position and length), and what needs Jira.</summary>
public sealed class ValidationTests(LosAngelesSite site) : IClassFixture<LosAngelesSite>
{
    public static TheoryData<string, int, int, string> InvalidQueries() => new()
    {
        { "invalid query", 8, 5, "Expecting operator but got 'query'." },
        { "project = INT", 10, 3, "'INT' is a reserved JQL word." },
        { "assignee = jane@example.com", 15, 1, "The character '@' is a reserved JQL character." },
        { "summary ~ 'unfinished", 10, 11, "The quoted string 'unfinished' has not been completed." },
        { "project = WRKA AND status = Done assignee = me", 33, 8, "Expecting either 'OR' or 'AND' but got 'assignee'." },
        { "project = WRKA ORDER", 20, 0, "Expecting 'by' before the end of the query." },
        { "project = WRKA AND (status = Done", 33, 0, "Expecting ')' before the end of the query." },
        { "stauts = Done", 0, 6, "Field 'stauts' does not exist or you do not have permission to view it." },
        { "summary = login", 0, 15, "The operator '=' is not supported by the 'summary' field." },
        { "created > \"yesterday\"", 10, 11, "Date value 'yesterday' for field 'created' is invalid." },
        { "project = WRKA AND key > \"not a key\"", 25, 11, "The issue key 'not a key' for field 'key' is invalid." },
        { "updated > startOfDay(-1q)", 10, 15, "Duration for function 'startOfDay' should have the format" },
        { "status in Done", 0, 14, "Operator 'in' does not support the non-list value '\"Done\"' for field 'status'." },
        { "project = WRKA ORDER BY labels, labels", 32, 6, "The sort field 'labels' is referenced multiple times in the JQL sort." },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Validate_InvalidQuery_ErrorWithPosition(string jql, int position, int length, string message)
    {
        var validation = site.Search.Validate(jql);

        Assert.False(validation.Valid);
        var error = validation.Errors[0];
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((position, length), (error.Position, error.Length));
    }

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task SearchAsync_InvalidQuery_SameErrorAsValidate(string jql, int position, int length, string message)
    {
        var response = await site.Search.SearchAsync(jql, SearchSource.Offline);

        Assert.Equal(SearchOutcome.Invalid, response.Outcome);
        Assert.StartsWith(message, response.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((position, length), (response.Errors[0].Position, response.Errors[0].Length));
    }

    [Theory]
    [InlineData("status WAS Done", 0, 15, "the local cache keeps no change history")]
    [InlineData("project = WRKA ORDER BY status", 24, 6, "the local cache does not know the workflow order of statuses")]
    [InlineData("project = WRKA ORDER BY issuetype DESC", 24, 9, "the local cache does not know the order of the site's issue types")]
    [InlineData("sprint in openSprints()", 0, 6, "the local cache does not store this field")]
    [InlineData("component = 10001", 12, 5, "the local cache keeps component and version names, not their ids")]
    [InlineData("fixVersion > \"1.0\"", 0, 18, "the local cache does not know the order of these values")]
    [InlineData("priority > Critical", 0, 19, "Atlas knows the order of Jira's default priorities only")]
    [InlineData("\"Story Points\" > 3", 0, 14, "it is not a system field Atlas knows")]
    public void Validate_QueryOnlyJiraCanAnswer_ValidButNeedsJira(string jql, int position, int length, string reason)
    {
        var validation = site.Search.Validate(jql);

        Assert.True(validation.Valid, string.Join(" | ", validation.Errors.Select(e => e.Message)));
        Assert.False(validation.CanRunOffline);
        var blocker = validation.NeedsJira[0];
        Assert.Contains(reason, blocker.Message, StringComparison.Ordinal);
        Assert.Equal((position, length), (blocker.Position, blocker.Length));
    }

    [Fact]
    public void Validate_CachedFields_CanRunOffline()
    {
        var validation = site.Search.Validate("project = WRKA AND text ~ \"login*\" AND due < endOfWeek(1) ORDER BY priority DESC, resolved");

        Assert.True(validation.Valid);
        Assert.True(validation.CanRunOffline);
        Assert.Empty(validation.NeedsJira);
    }

    [Fact]
    public async Task ValidateAndOfflineSearch_ThreeThousandRandomQueries_NeverThrow()
    {
        var random = new Random(4242);
        var ran = 0;
        for (var i = 0; i < 3000; i++)
        {
            var jql = RandomQuery(random);
            var validation = site.Search.Validate(jql);
            Assert.All(validation.Errors.Concat(validation.NeedsJira), error => Assert.InRange(error.Position, 0, jql.Length));
            if (validation.Valid && validation.CanRunOffline)
            {
                var response = await site.Search.SearchAsync(jql, SearchSource.Offline, 20);
                Assert.True(response.Outcome is SearchOutcome.Found or SearchOutcome.Invalid, $"{response.Outcome}: {response.Message} for {jql}");
                ran++;
            }
        }

        Assert.InRange(ran, 800, 3000);
    }

    private static readonly string[] Fields =
    [
        "project", "key", "id", "status", "statusCategory", "priority", "issuetype", "assignee", "reporter", "labels",
        "component", "fixVersion", "resolution", "parent", "created", "updated", "resolved", "due", "summary",
        "description", "environment", "text", "sprint", "creator",
    ];

    private static readonly string[] Operators = ["=", "!=", ">", "<", ">=", "<=", "~", "!~", "in", "not in", "is", "is not", "was"];

    private static readonly string[] Values =
    [
        "WRKA", "\"In Review\"", "Highest", "Bug", "currentUser()", "EMPTY", "regression", "\"1.0\"", "Unresolved", "WRKA-12",
        "10005", "-3d", "\"2026-11-25\"", "startOfWeek(-1)", "endOfMonth()", "now()", "\"login pa*\"", "\"a \\\" b\"",
        "(WRKA, QA)", "(EMPTY, Done)", "'; DROP TABLE jira_tickets; --", "\"\\u0000\"", "99999999999999999", "\"e-mail\"",
    ];

    /// <summary>Clauses the cache can answer, with awkward values, so most random combinations run.</summary>
    private static readonly string[] Clauses =
    [
        "project in (WRKA, \"Work Assistant\", 10003)", "key > \"WRKA-10\"", "id <= 10100", "status != \"In Review\"",
        "statusCategory = \"To Do\"", "priority >= High", "issuetype in (Bug, 10003)", "assignee in (currentUser(), EMPTY)",
        "reporter != \"'; DROP TABLE jira_tickets; --\"", "labels in (\"\\\" OR 1=1 --\", regression)", "component = \"a\\u0000b\"",
        "fixVersion != \"1.0\"", "resolution = Unresolved", "parent in (WRKA-1, 10007)", "created >= startOfMonth(-3)",
        "updated < \"-2w 3d\"", "resolved IS NOT EMPTY", "due <= endOfWeek(1)", "summary ~ \"log* \\\"page x\\\" AND OR NEAR(a b)\"",
        "description !~ \"*\"", "environment ~ \"chrome^2 {col}: -x\"", "text ~ \"ünï* straße\"", "due = EMPTY", "labels IS EMPTY",
    ];

    private static string RandomQuery(Random random)
    {
        var clauses = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(3) == 0
            ? $"{(random.Next(5) == 0 ? "NOT " : "")}{Pick(random, Fields)} {Pick(random, Operators)} {Pick(random, Values)}"
            : $"{(random.Next(4) == 0 ? "NOT " : "")}{Pick(random, Clauses)}");
        var joined = string.Join(random.Next(2) == 0 ? " AND " : " OR ", clauses);
        return random.Next(3) == 0 ? $"{joined} ORDER BY {Pick(random, Fields)} {(random.Next(2) == 0 ? "ASC" : "DESC")}" : joined;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
