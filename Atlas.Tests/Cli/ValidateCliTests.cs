namespace Atlas.Tests.Cli;

/// <summary><c>atlas validate</c>: exit 0 or 2, positions in JSON, and a caret under the error for people.</summary>
public sealed class ValidateCliTests(SyncedCli site) : IClassFixture<SyncedCli>
{
    [Fact]
    public async Task Validate_ValidQuery_ExitsZero()
    {
        var json = await site.Atlas.RunAsync("validate", "project = WRKA AND assignee = currentUser() ORDER BY updated DESC", "--json");
        var human = await site.Atlas.RunAsync("validate", "project = WRKA");

        Assert.Equal((0, 0), (json.ExitCode, human.ExitCode));
        Assert.True(json.Json.GetProperty("valid").GetBoolean());
        Assert.Empty(json.Json.GetProperty("errors").EnumerateArray());
        Assert.True(json.Json.GetProperty("canRunOffline").GetBoolean());
        Assert.Contains("Valid JQL; the local cache can answer it offline.", human.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid query", 8, 5, "Expecting operator but got 'query'.")]
    [InlineData("project = INT", 10, 3, "'INT' is a reserved JQL word.")]
    [InlineData("project = WRKA AND (status = Done", 33, 0, "Expecting ')' before the end of the query.")]
    [InlineData("stauts = Done", 0, 6, "Field 'stauts' does not exist")]
    public async Task Validate_InvalidQuery_ExitsTwoWithPositionAndLength(string jql, int position, int length, string message)
    {
        var result = await site.Atlas.RunAsync("validate", jql, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.False(result.Json.GetProperty("valid").GetBoolean());
        var error = result.Json.GetProperty("errors")[0];
        Assert.Equal((position, length), (error.GetProperty("position").GetInt32(), error.GetProperty("length").GetInt32()));
        Assert.StartsWith(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid query", "          ^~~~~")]
    [InlineData("project = WRKA AND (status = Done", "  " + "                                 ^")]
    [InlineData("a = b AND\n\tc = 'open", "  \t    ^~~~~")]
    public async Task Validate_ForPeople_CaretUnderTheError(string jql, string marker)
    {
        var result = await site.Atlas.RunAsync("validate", jql);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("Invalid JQL:", lines[0]);
        Assert.Equal(marker, lines[2]);
    }

    [Fact]
    public async Task Validate_HistoryQuery_ValidButSaysOnlyJiraCanAnswer()
    {
        var json = await site.Atlas.RunAsync("validate", "status WAS Done", "--json");
        var human = await site.Atlas.RunAsync("validate", "status WAS Done");

        Assert.Equal((0, 0), (json.ExitCode, human.ExitCode));
        Assert.False(json.Json.GetProperty("canRunOffline").GetBoolean());
        Assert.Contains("needs Jira", json.Json.GetProperty("needsJira")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Valid JQL; only Jira can answer it:", human.Stdout, StringComparison.Ordinal);
    }
}
