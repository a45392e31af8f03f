namespace Atlas.Core.Jql;

/// <summary>One token: its kind, where it sits, and for words, strings and numbers the unescaped text.</summary>
internal readonly record struct JqlToken(JqlTokenKind Kind, int Start, int Length, string? Value)
{
    public JqlSpan Span => new(Start, Length);

    /// <summary>Whether the token can stand as a value, a field name or a function name.</summary>
    public bool IsString => Kind is JqlTokenKind.Word or JqlTokenKind.QuotedString or JqlTokenKind.Number;

    /// <summary>The text Jira quotes in "but got '…'" messages: the unescaped value, or the source text.</summary>
    public string Describe(string source) => Value ?? source.Substring(Start, Length);
}
