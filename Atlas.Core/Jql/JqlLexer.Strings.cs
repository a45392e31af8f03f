using System.Text;

namespace Atlas.Core.Jql;

/// <summary>Bare words, numbers, keywords, quoted strings and escape sequences.</summary>
internal sealed partial class JqlLexer
{
    private JqlToken ReadWord()
    {
        var start = _pos;
        StringBuilder? decoded = null;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                decoded ??= new StringBuilder().Append(_text, start, _pos - start);
                _pos = ReadEscape(_pos, atWordStart: _pos == start, decoded);
            }
            else if (JqlCharacters.EndsWord(c))
            {
                break;
            }
            else
            {
                decoded?.Append(c);
                _pos++;
            }
        }

        return decoded is null ? ClassifyPlainWord(start) : EscapedWord(start, decoded.ToString());
    }

    private JqlToken ClassifyPlainWord(int start)
    {
        var raw = _text.AsSpan(start, _pos - start);
        if (JqlKeywords.TryGet(raw, out var keyword))
        {
            return new JqlToken(keyword, start, raw.Length, null);
        }

        var digits = raw[0] == '-' ? raw[1..] : raw;
        var kind = digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') ? JqlTokenKind.Number : JqlTokenKind.Word;
        return EscapedWord(start, raw.ToString(), kind);
    }

    /// <summary>A word whose unescaped text is a reserved word is refused even when an escape spelled it (<c>\u0061nd</c>).</summary>
    private JqlToken EscapedWord(int start, string value, JqlTokenKind kind = JqlTokenKind.Word)
    {
        var span = new JqlSpan(start, _pos - start);
        if (kind == JqlTokenKind.Word && JqlReservedWords.Contains(value))
        {
            throw Fail(JqlMessages.ReservedWord(value, span));
        }

        return new JqlToken(kind, span.Position, span.Length, value);
    }

    private JqlToken ReadQuoted(char quote)
    {
        var start = _pos++;
        StringBuilder? decoded = null;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == quote)
            {
                var value = decoded?.ToString() ?? _text.Substring(start + 1, _pos - start - 1);
                _pos++;
                return new JqlToken(JqlTokenKind.QuotedString, start, _pos - start, value);
            }

            if (c == '\\')
            {
                decoded ??= new StringBuilder().Append(_text, start + 1, _pos - start - 1);
                _pos = ReadEscape(_pos, atWordStart: false, decoded);
                continue;
            }

            if (JqlCharacters.IsControl(c))
            {
                throw Fail(JqlMessages.IllegalCharacter(_text, c, _pos));
            }

            decoded?.Append(c);
            _pos++;
        }

        throw Fail(JqlMessages.UnfinishedString(_text[(start + 1)..], new JqlSpan(start, _text.Length - start)));
    }
}
