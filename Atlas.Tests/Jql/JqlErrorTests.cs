using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Rendering errors the way Jira's REST API words them.</summary>
public sealed class JqlErrorTests
{
    [Theory]
    [InlineData("invalid query", "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)")]
    [InlineData("project = INT", "Error in the JQL Query: 'INT' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)")]
    [InlineData("(project = ENG", "Error in the JQL Query: Expecting ')' before the end of the query.")]
    [InlineData("project = ENG\nAND ) ", "Error in the JQL Query: Expecting a field name but got ')'. You must surround ')' in quotation marks to use it as a field name. (line 2, character 5)")]
    [InlineData("summary ~ \"unclosed", "Error in the JQL Query: The quoted string 'unclosed' has not been completed. (line 1, character 11)")]
    [InlineData("a = b\n\n  c = d", "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'c'. (line 3, character 3)")]
    public void ToJiraMessage_SyntaxError_MatchesJirasText(string text, string expected)
    {
        var error = Assert.Single(JqlApi.Parse(text).Errors);

        Assert.Equal(expected, error.ToJiraMessage(text));
    }

    [Fact]
    public void ToJiraMessage_ValidationError_IsTheBareMessage()
    {
        const string text = "summary = test";

        var error = Assert.Single(JqlApi.Parse(text).Errors);

        Assert.Equal("The operator '=' is not supported by the 'summary' field.", error.ToJiraMessage(text));
    }

    [Fact]
    public void Parse_UnfinishedMegabyteString_QuotesOnlyAnExcerpt()
    {
        var text = "summary ~ \"" + new string('x', 1_000_000);

        var error = Assert.Single(JqlApi.Parse(text).Errors);

        Assert.True(error.Message.Length < 200, error.Message);
        Assert.Equal((10, text.Length - 10), (error.Position, error.Length));
    }
}
