namespace Atlas.Core.Jql;

/// <summary>A problem found in a query, with where it is.</summary>
/// <param name="Message">The message in Jira's words, without Jira's "Error in the JQL Query:" prefix.</param>
/// <param name="Position">The 0-based offset of the offending text; the query's length for "before the end of the query".</param>
/// <param name="Length">How many characters the problem covers (0 at the end of the query).</param>
/// <param name="Kind">Syntax error, validation error, or a reason the local cache cannot answer.</param>
public sealed record JqlError(string Message, int Position, int Length, JqlErrorKind Kind = JqlErrorKind.Syntax)
{
    /// <summary>The error as Jira's REST API words it for <paramref name="text"/>.</summary>
    /// <remarks>
    /// Syntax errors read <c>Error in the JQL Query: message (line L, character C)</c> with 1-based line and character,
    /// and no position when the problem is the end of the query, exactly as Jira prints them; validation errors and
    /// offline blockers are the bare message, as in Jira's <c>/jql/parse</c> answers.
    /// </remarks>
    public string ToJiraMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Kind != JqlErrorKind.Syntax)
        {
            return Message;
        }

        if (Position >= text.Length)
        {
            return $"Error in the JQL Query: {Message}";
        }

        var (line, character) = JqlTextPosition.LineAndCharacter(text, Position);
        return $"Error in the JQL Query: {Message} (line {line}, character {character})";
    }
}

/// <summary>What sort of problem a <see cref="JqlError"/> reports.</summary>
public enum JqlErrorKind
{
    /// <summary>The text is not JQL; Jira would answer 400 before looking at any field.</summary>
    Syntax,

    /// <summary>The text is JQL but a field, operator, value or function is wrong for it.</summary>
    Validation,

    /// <summary>Valid JQL that the local cache cannot evaluate; only a live search can answer it.</summary>
    Offline,
}
