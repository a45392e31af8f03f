namespace Atlas.JiraSimulator.Jql;

/// <summary>Splits JQL into tokens, resolving quotes and escapes and rejecting reserved characters.</summary>
internal sealed partial class JqlLexer(string query)
{
    private const string ReservedCharacters = "{}*/%+^$#@?;";
    private const string StopCharacters = "\"'=!<>~(),[]|&";
    private int _pos;

    public static List<JqlToken> Tokenize(string query) => new JqlLexer(query).ReadAll();

    private List<JqlToken> ReadAll()
    {
        var tokens = new List<JqlToken>();
        while (true)
        {
            SkipWhitespace();
            if (_pos >= query.Length)
            {
                tokens.Add(new JqlToken(JqlTokenKind.End, "", query.Length, ""));
                return tokens;
            }

            tokens.Add(ReadToken());
        }
    }

    private JqlToken ReadToken()
    {
        var start = _pos;
        var c = query[_pos];
        return c switch
        {
            '"' or '\'' => ReadQuoted(c),
            '(' => Single(JqlTokenKind.LeftParen, start),
            ')' => Single(JqlTokenKind.RightParen, start),
            ',' => Single(JqlTokenKind.Comma, start),
            '[' => Single(JqlTokenKind.LeftBracket, start),
            ']' => Single(JqlTokenKind.RightBracket, start),
            '=' or '~' => Single(JqlTokenKind.Operator, start),
            '<' or '>' => Comparison(start),
            '!' => Bang(start),
            '&' or '|' => Symbolic(c, start),
            _ => ReadWord(),
        };
    }

    private JqlToken Single(JqlTokenKind kind, int start)
    {
        _pos++;
        return new JqlToken(kind, query[start].ToString(), start, query[start].ToString());
    }

    private JqlToken Comparison(int start)
    {
        _pos += Peek(1) == '=' ? 2 : 1;
        var text = query[start.._pos];
        return new JqlToken(JqlTokenKind.Operator, text, start, text);
    }

    /// <summary>`!=` and `!~` are operators; a lone `!` means NOT.</summary>
    private JqlToken Bang(int start)
    {
        if (Peek(1) is '=' or '~')
        {
            _pos += 2;
            return new JqlToken(JqlTokenKind.Operator, query[start.._pos], start, query[start.._pos]);
        }

        _pos++;
        return new JqlToken(JqlTokenKind.Word, "NOT", start, "!");
    }

    /// <summary>`&amp;`/`&amp;&amp;` mean AND and `|`/`||` mean OR.</summary>
    private JqlToken Symbolic(char c, int start)
    {
        _pos += Peek(1) == c ? 2 : 1;
        return new JqlToken(JqlTokenKind.Word, c == '&' ? "AND" : "OR", start, query[start.._pos]);
    }

    private char? Peek(int offset) => _pos + offset < query.Length ? query[_pos + offset] : null;

    private void SkipWhitespace()
    {
        while (_pos < query.Length && char.IsWhiteSpace(query[_pos]))
        {
            _pos++;
        }
    }

    private JqlSyntaxException Error(int position, string body) => new(JqlMessages.Syntax(query, position, body));
}
