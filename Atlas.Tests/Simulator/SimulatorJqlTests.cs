using System.Text.Json;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Simulator;

/// <summary>JQL semantics over HTTP: operators, empties, keys, ordering, custom fields and text search.</summary>
public sealed class SimulatorJqlTests
{
    [Fact]
    public async Task Search_StatusEquals_ReturnsOnlyThatStatus()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var issues = await client.SearchAsync("project = WRKA AND status = \"In Progress\"", "status");

        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.Equal("In Progress", i.Field("status").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Search_NotEqualsAndNot_NeverMatchAnEmptyField()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var notEquals = await client.SearchAsync("project = WRKA AND assignee != currentUser()", "assignee");
        var not = await client.KeysAsync("project = WRKA AND NOT assignee = currentUser()");
        var unassigned = await client.KeysAsync("project = WRKA AND assignee IS EMPTY");

        Assert.NotEmpty(unassigned);
        Assert.All(notEquals, i => Assert.NotEqual(JsonValueKind.Null, i.Field("assignee").ValueKind));
        Assert.Equal(notEquals.Select(i => i.GetProperty("key").GetString()), not);
        Assert.Empty(not.Intersect(unassigned));
    }

    [Fact]
    public async Task Search_KeyRange_ComparesNumbersWithinTheProject()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var keys = await client.KeysAsync("key > \"WRKA-10\" AND key <= WRKA-20 ORDER BY key ASC");

        Assert.Equal(Enumerable.Range(11, 10).Select(n => $"WRKA-{n}"), keys);
    }

    [Fact]
    public async Task Search_OrderByKey_SortsByProjectThenNumber()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var keys = await client.KeysAsync("project in (QA, WMB) AND key <= \"QA-60\" OR project = WMB AND key <= \"WMB-60\" ORDER BY key ASC");

        var expected = keys.OrderBy(k => k.Split('-')[0], StringComparer.Ordinal).ThenBy(k => int.Parse(k.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, keys);
        Assert.Contains(keys, k => k.StartsWith("QA-", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("WMB-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_CustomFieldByIdNameAndCfSyntax_AgreeWithEachOther()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var byName = await client.SearchAsync("project = WRKA AND \"Story Points\" >= 5", "customfield_10016");
        var byCf = await client.KeysAsync("project = WRKA AND cf[10016] >= 5");
        var byId = await client.KeysAsync("project = WRKA AND customfield_10016 >= 5");
        var open = await client.SearchAsync("project = WRKA AND sprint in openSprints()", "customfield_10020");

        Assert.NotEmpty(byName);
        Assert.All(byName, i => Assert.True(i.Field("customfield_10016").GetDouble() >= 5));
        Assert.Equal(byName.Select(i => i.GetProperty("key").GetString()), byCf);
        Assert.Equal(byCf, byId);
        Assert.All(open, i => Assert.Contains(i.Field("customfield_10020").EnumerateArray(), s => s.GetProperty("state").GetString() == "active"));
    }

    [Fact]
    public async Task Search_TextOperators_MatchStemmedWordsPhrasesAndPrefixes()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        var crash = jira.Control.AddTicket(new NewTicket("PAY", "Login page crashes on Safari") { Fields = new TicketUpdate { Description = "Reproduced by the xyzzyq team." } });
        var slow = jira.Control.AddTicket(new NewTicket("PAY", "The page for login is slow"));
        var scope = $"key in ({crash}, {slow}) AND ";

        Assert.Equal([crash, slow], await client.KeysAsync(scope + "summary ~ \"login page\" ORDER BY key"));
        Assert.Equal([crash], await client.KeysAsync(scope + "summary ~ \"\\\"login page\\\"\""));
        Assert.Equal([crash], await client.KeysAsync(scope + "summary ~ crashing"));
        Assert.Equal([crash], await client.KeysAsync(scope + "summary ~ \"saf*\""));
        Assert.Equal([crash], await client.KeysAsync(scope + "text ~ xyzzyq"));
        Assert.Equal([slow], await client.KeysAsync(scope + "summary !~ safari"));
    }

    [Fact]
    public async Task Search_HistoryOperators_UseTheRecordedChangelog()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        var key = jira.Control.AddTicket(new NewTicket("MOB", "Track me"));
        time.Advance(TimeSpan.FromHours(1));
        jira.Control.UpdateTicket(key, new TicketUpdate { Status = "In Progress" });
        time.Advance(TimeSpan.FromHours(1));
        jira.Control.UpdateTicket(key, new TicketUpdate { Status = "Done", Assignee = "QA Tester" });
        var scope = $"key = {key} AND ";

        Assert.Single(await client.KeysAsync(scope + "status WAS \"In Progress\""));
        Assert.Empty(await client.KeysAsync(scope + "status WAS \"In Progress\" BEFORE -90m"));
        Assert.Single(await client.KeysAsync(scope + "status WAS IN (Blocked, \"To Do\") BEFORE -90m"));
        Assert.Single(await client.KeysAsync(scope + "status WAS NOT Blocked"));
        Assert.Single(await client.KeysAsync(scope + "status CHANGED FROM \"To Do\" TO \"In Progress\""));
        Assert.Single(await client.KeysAsync(scope + "status CHANGED TO Done BY currentUser() AFTER -30m"));
        Assert.Empty(await client.KeysAsync(scope + "priority CHANGED"));
        Assert.Single(await client.KeysAsync(scope + "assignee CHANGED TO currentUser() AND resolution = Done"));
    }

    [Theory]
    [InlineData("statusCategory = \"In Progress\"", "status", "statusCategory.key", "indeterminate")]
    [InlineData("statusCategory = done", "status", "statusCategory.key", "done")]
    [InlineData("issuetype in subTaskIssueTypes()", "issuetype", "name", "Sub-task")]
    [InlineData("type = Bug AND Severity = \"S1 - Critical\"", "customfield_10030", "value", "S1 - Critical")]
    [InlineData("priority >= High", "priority", "name", "High|Highest")]
    [InlineData("resolution = Unresolved", "resolution", "", "null")]
    [InlineData("fixVersion = \"1.0\"", "fixVersions", "0.name", "1.0")]
    public async Task Search_FieldClauses_AgreeWithTheRenderedFields(string clause, string field, string path, string expected)
    {
        await using var jira = await TestSites.StartAsync(tickets: 500);
        using var client = jira.CreateClient();

        var issues = await client.SearchAsync("project in (WRKA, WMB) AND " + clause, field);

        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.Matches($"^({expected})$", Read(i.Field(field), path)));
    }

    [Fact]
    public async Task Search_ParentAndComponent_FindChildrenAndComponentMembers()
    {
        await using var jira = await TestSites.StartAsync(tickets: 500);
        using var client = jira.CreateClient();
        var child = (await client.SearchAsync("project = WRKA AND issuetype = Sub-task", "parent"))[0];
        var parentKey = child.Field("parent").GetProperty("key").GetString()!;
        var component = (await client.SearchAsync("project = WRKA AND component IS NOT EMPTY", "components"))[0].Field("components")[0].GetProperty("name").GetString()!;

        var children = await client.SearchAsync($"parent = {parentKey}", "parent");
        var members = await client.SearchAsync($"project = WRKA AND component = \"{component}\"", "components");

        Assert.Contains(child.GetProperty("key").GetString(), children.Select(c => c.GetProperty("key").GetString()));
        Assert.All(children, c => Assert.Equal(parentKey, c.Field("parent").GetProperty("key").GetString()));
        Assert.All(members, m => Assert.Contains(m.Field("components").EnumerateArray(), c => c.GetProperty("name").GetString() == component));
    }

    private static string Read(JsonElement value, string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            value = int.TryParse(part, out var index) ? value[index] : value.GetProperty(part);
        }

        return value.ValueKind == JsonValueKind.Null ? "null" : value.GetString()!;
    }

    [Fact]
    public async Task Search_MoreThanSevenOrderByFields_Returns400()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();

        var errors = await client.JqlErrorsAsync("project = WRKA ORDER BY key, created, updated, priority, status, summary, assignee, reporter");

        Assert.Contains("7", errors.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid query", "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)")]
    [InlineData("project = INT", "Error in the JQL Query: 'INT' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)")]
    [InlineData("summary ~ foo@bar", "Error in the JQL Query: The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead. (line 1, character 14)")]
    [InlineData("universe = 42", "Field 'universe' does not exist or you do not have permission to view it.")]
    [InlineData("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.")]
    [InlineData("status ~ done", "The operator '~' is not supported by the 'status' field.")]
    [InlineData("project = WRKA foo = bar", "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'foo'. (line 1, character 16)")]
    [InlineData("summary ~ \"unterminated", "Error in the JQL Query: The quoted string 'unterminated' has not been completed. (line 1, character 11)")]
    [InlineData("project = WRKA AND assignee = ", "Error in the JQL Query: Expecting either a value, list or function before the end of the query.")]
    [InlineData("project = WRKA\nAND status = @", "Error in the JQL Query: The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead. (line 2, character 14)")]
    [InlineData("summary in test", "Operator 'in' does not support the non-list value 'test' for field 'summary'.")]
    [InlineData("key = NOPE-1", "An issue with key 'NOPE-1' does not exist for field 'key'.")]
    [InlineData("created > yesterday", "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.")]
    [InlineData("assignee = membersOf(\"jira-users\")", "Unable to find JQL function 'membersOf(\"jira-users\")'.")]
    public async Task Search_InvalidJql_Returns400WithJirasWording(string jql, string expected)
    {
        await using var jira = await TestSites.StartAsync(tickets: 20);
        using var client = jira.CreateClient();

        Assert.Equal([expected], await client.JqlErrorsAsync(jql));
    }

    [Fact]
    public async Task JqlParse_ValidationModes_ReportStructureErrorsAndWarnings()
    {
        await using var jira = await TestSites.StartAsync(tickets: 20);
        using var client = jira.CreateClient();
        var queries = new[] { "summary ~ test AND (labels in (urgent, blocker) OR assignee = currentUser()) AND status CHANGED AFTER -5d ORDER BY updated DESC", "invalid query", "project = INVALID" };

        var strict = (await client.PostJiraAsync("rest/api/3/jql/parse?validation=strict", new { queries })).Json.GetProperty("queries");
        var warn = (await client.PostJiraAsync("rest/api/3/jql/parse?validation=warn", new { queries })).Json.GetProperty("queries");

        var where = strict[0].GetProperty("structure").GetProperty("where");
        Assert.Equal("and", where.GetProperty("operator").GetString());
        Assert.Equal("or", where.GetProperty("clauses")[1].GetProperty("operator").GetString());
        Assert.Equal("currentUser", where.GetProperty("clauses")[1].GetProperty("clauses")[1].GetProperty("operand").GetProperty("function").GetString());
        Assert.Equal("changed", where.GetProperty("clauses")[2].GetProperty("operator").GetString());
        Assert.Equal("desc", strict[0].GetProperty("structure").GetProperty("orderBy").GetProperty("fields")[0].GetProperty("direction").GetString());
        Assert.EndsWith("(line 1, character 9)", strict[1].GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.False(strict[2].TryGetProperty("structure", out _));
        Assert.Equal("The value 'INVALID' does not exist for the field 'project'.", strict[2].GetProperty("errors")[0].GetString());
        Assert.True(warn[2].TryGetProperty("structure", out _));
        Assert.Equal("The value 'INVALID' does not exist for the field 'project'.", warn[2].GetProperty("warnings")[0].GetString());
    }
}
