using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>A recursive-descent parser that follows Jira's JQL grammar and reports its first error the way Jira does.</summary>
/// <remarks>
/// Precedence is NOT over AND over OR; AND and OR chains become one n-ary node each, as in Jira's query model.
/// Recursion is bounded by <see cref="JqlLimits.MaxDepth"/>, so no input can exhaust the stack.
/// </remarks>
internal sealed partial class JqlParser
{
    private readonly string _text;
    private readonly List<JqlToken> _tokens;
    private int _index;
    private int _depth;
    private int _listDepth;

    private JqlParser(string text, List<JqlToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <exception cref="JqlSyntaxException">At the first syntax error.</exception>
    public static JqlQuery Parse(string text) => new JqlParser(text, JqlLexer.Tokenize(text)).ParseQuery();

    private JqlToken Current => _tokens[_index];

    private JqlToken Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private bool At(JqlTokenKind kind) => Current.Kind == kind;

    private JqlToken Advance()
    {
        var token = Current;
        _index = Math.Min(_index + 1, _tokens.Count - 1);
        return token;
    }

    private JqlToken Expect(JqlTokenKind kind, string expected) =>
        At(kind) ? Advance() : throw Fail(JqlMessages.Expected(expected, Current, _text));

    private JqlQuery ParseQuery()
    {
        var where = StartsClause(Current.Kind) ? ParseOr() : null;
        var orderBy = At(JqlTokenKind.Order) ? ParseOrderBy() : (ImmutableArray<JqlSortField>?)null;
        if (!At(JqlTokenKind.End))
        {
            throw Fail(orderBy is not null ? JqlMessages.Expected(",", Current, _text)
                : where is null ? JqlMessages.NoField(Current, _text)
                : JqlMessages.NeedLogicalOperator(Current, _text));
        }

        return new JqlQuery(where, orderBy ?? []);
    }

    private static bool StartsClause(JqlTokenKind kind) =>
        kind is JqlTokenKind.Not or JqlTokenKind.Bang or JqlTokenKind.LeftParen || StartsField(kind);

    private static bool StartsField(JqlTokenKind kind) =>
        kind is JqlTokenKind.Word or JqlTokenKind.QuotedString or JqlTokenKind.Number or JqlTokenKind.Cf;

    /// <summary>Counts one more level of nesting, refusing the token that would go past <see cref="JqlLimits.MaxDepth"/>.</summary>
    private void Enter(JqlToken opener)
    {
        if (++_depth > JqlLimits.MaxDepth)
        {
            throw Fail(JqlMessages.TooDeep(opener.Span));
        }
    }

    private void Leave() => _depth--;

    private static JqlSyntaxException Fail(JqlError error) => new(error);
}
