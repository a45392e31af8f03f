namespace Atlas.JiraSimulator.Jql;

/// <summary>A JQL problem as Jira words it; <see cref="IsWarning"/> marks "value does not exist" problems.</summary>
internal sealed record JqlError(string Message, bool IsWarning = false);

/// <summary>Thrown by the lexer and parser: a syntax error stops parsing at once.</summary>
internal sealed class JqlSyntaxException(string message) : Exception(message);
