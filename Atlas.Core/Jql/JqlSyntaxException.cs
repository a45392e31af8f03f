namespace Atlas.Core.Jql;

/// <summary>Unwinds the lexer or parser at the first syntax error, as Jira's parser does; never escapes <c>Jql.Parse</c>.</summary>
internal sealed class JqlSyntaxException(JqlError error) : Exception(error.Message)
{
    public JqlError Error { get; } = error;
}
