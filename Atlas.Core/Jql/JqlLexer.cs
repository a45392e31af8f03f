namespace Atlas.Core.Jql;

/// <summary>Splits JQL into tokens the way Jira's ANTLR lexer does, stopping at the first lexical error.</summary>
/// <remarks>
/// Jira tokenises the whole query before parsing, so a bad character or reserved word anywhere is reported ahead of
/// any grammar error; <see cref="Tokenize"/> does the same. It runs in one pass, linear in the input.
/// </remarks>
internal sealed partial class JqlLexer
{
    private readonly string _text;
    private readonly List<JqlToken> _tokens = [];
    private int _pos;

    private JqlLexer(string text) => _text = text;

    /// <summary>The tokens of <paramref name="text"/>, ending with an <see cref="JqlTokenKind.End"/> token.</summary>
    /// <exception cref="JqlSyntaxException">At the first lexical error.</exception>
    public static List<JqlToken> Tokenize(string text)
    {
        var lexer = new JqlLexer(text);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (SkipWhitespace())
        {
            _tokens.Add(ReadToken());
        }

        _tokens.Add(new JqlToken(JqlTokenKind.End, _text.Length, 0, null));
    }

    private bool SkipWhitespace()
    {
        while (_pos < _text.Length && JqlCharacters.IsWhitespace(_text[_pos]))
        {
            _pos++;
        }

        return _pos < _text.Length;
    }

    private JqlToken ReadToken()
    {
        var c = _text[_pos];
        return c switch
        {
            '(' => Symbol(JqlTokenKind.LeftParen, 1),
            ')' => Symbol(JqlTokenKind.RightParen, 1),
            ',' => Symbol(JqlTokenKind.Comma, 1),
            '[' => Symbol(JqlTokenKind.LeftBracket, 1),
            ']' => Symbol(JqlTokenKind.RightBracket, 1),
            '=' => Symbol(JqlTokenKind.EqualTo, 1),
            '~' => Symbol(JqlTokenKind.Contains, 1),
            '!' => Next('=') ? Symbol(JqlTokenKind.NotEqualTo, 2) : Next('~') ? Symbol(JqlTokenKind.NotContains, 2) : Symbol(JqlTokenKind.Bang, 1),
            '<' => Next('=') ? Symbol(JqlTokenKind.LessThanOrEqualTo, 2) : Symbol(JqlTokenKind.LessThan, 1),
            '>' => Next('=') ? Symbol(JqlTokenKind.GreaterThanOrEqualTo, 2) : Symbol(JqlTokenKind.GreaterThan, 1),
            '&' => Symbol(JqlTokenKind.And, Next('&') ? 2 : 1),
            '|' => Symbol(JqlTokenKind.Or, Next('|') ? 2 : 1),
            '"' or '\'' => ReadQuoted(c),
            _ when JqlCharacters.IsReserved(c) => throw Fail(JqlMessages.ReservedCharacter(c, _pos)),
            _ when JqlCharacters.IsControl(c) => throw Fail(JqlMessages.IllegalCharacter(_text, c, _pos)),
            _ => ReadWord(),
        };
    }

    private bool Next(char expected) => _pos + 1 < _text.Length && _text[_pos + 1] == expected;

    private JqlToken Symbol(JqlTokenKind kind, int length)
    {
        var token = new JqlToken(kind, _pos, length, null);
        _pos += length;
        return token;
    }

    private static JqlSyntaxException Fail(JqlError error) => new(error);
}
