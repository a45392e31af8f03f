namespace Atlas.JiraSimulator.Jql;

internal enum JqlTokenKind
{
    /// <summary>An unquoted word: a field, value, keyword or function name.</summary>
    Word,

    /// <summary>A quoted string (its escapes already resolved).</summary>
    String,
    LeftParen,
    RightParen,
    Comma,
    LeftBracket,
    RightBracket,

    /// <summary>One of `= != &lt; &lt;= &gt; &gt;= ~ !~`.</summary>
    Operator,
    End,
}

/// <summary>A JQL token with its 0-based offset and the exact source text it came from.</summary>
internal sealed record JqlToken(JqlTokenKind Kind, string Text, int Position, string Source)
{
    public bool IsWord(string word) => Kind == JqlTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the token appears in an error message.</summary>
    public string Display => Kind == JqlTokenKind.End ? "EOF" : Source;
}
