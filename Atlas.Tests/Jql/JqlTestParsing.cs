using Atlas.Core.Jql;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Shortcuts the JQL tests share.</summary>
internal static class JqlTestParsing
{
    /// <summary>The syntax tree of a query that must parse; fails the test with Jira's message otherwise.</summary>
    public static JqlQuery ParseValid(string text)
    {
        var (query, error) = JqlApi.ParseSyntax(text);
        Assert.True(error is null, $"'{text}' did not parse: {error?.ToJiraMessage(text)}");
        return query!;
    }

    /// <summary>The one syntax error of a query that must not parse.</summary>
    public static JqlError ParseInvalid(string text)
    {
        var (query, error) = JqlApi.ParseSyntax(text);
        Assert.True(query is null, $"'{text}' parsed as {query} but should not have.");
        return error!;
    }
}
