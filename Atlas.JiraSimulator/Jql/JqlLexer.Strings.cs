using System.Globalization;
using System.Text;

namespace Atlas.JiraSimulator.Jql;

internal sealed partial class JqlLexer
{
    private JqlToken ReadQuoted(char quote)
    {
        var start = _pos++;
        var text = new StringBuilder();
        while (_pos < query.Length && query[_pos] != quote)
        {
            text.Append(query[_pos] == '\\' ? ReadEscape() : query[_pos++]);
        }

        if (_pos >= query.Length)
        {
            throw Error(start, $"The quoted string '{text}' has not been completed.");
        }

        _pos++;
        return new JqlToken(JqlTokenKind.String, text.ToString(), start, query[start.._pos]);
    }

    private JqlToken ReadWord()
    {
        var start = _pos;
        var text = new StringBuilder();
        while (_pos < query.Length && !char.IsWhiteSpace(query[_pos]) && !StopCharacters.Contains(query[_pos], StringComparison.Ordinal))
        {
            if (ReservedCharacters.Contains(query[_pos], StringComparison.Ordinal))
            {
                throw Error(_pos, JqlMessages.ReservedCharacter(query[_pos]));
            }

            text.Append(query[_pos] == '\\' ? ReadEscape() : query[_pos++]);
        }

        if (_pos == start)
        {
            throw Error(_pos, JqlMessages.ReservedCharacter(query[_pos]));
        }

        return new JqlToken(JqlTokenKind.Word, text.ToString(), start, query[start.._pos]);
    }

    /// <summary>Reads `\x` at the current position: quotes, backslash, whitespace escapes and `\uXXXX`.</summary>
    private char ReadEscape()
    {
        var start = _pos;
        if (_pos + 1 >= query.Length)
        {
            throw Error(start, "The escape sequence '\\' at the end of the query is illegal.");
        }

        var code = query[_pos + 1];
        _pos += 2;
        return code switch
        {
            '"' or '\'' or '\\' or ' ' => code,
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            'u' => ReadUnicode(start),
            _ => throw Error(start, $"The escape sequence '\\{code}' is illegal."),
        };
    }

    private char ReadUnicode(int start)
    {
        if (_pos + 4 > query.Length ||
            !int.TryParse(query.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(start, "The escape sequence '\\u' must be followed by four hexadecimal digits.");
        }

        _pos += 4;
        return (char)value;
    }
}
