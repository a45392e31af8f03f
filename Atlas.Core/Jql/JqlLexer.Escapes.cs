using System.Globalization;
using System.Text;

namespace Atlas.Core.Jql;

/// <summary>Escape sequences: <c>\' \" \t \n \r \\ \(space)</c> and <c>\uXXXX</c>, in words and in quoted strings.</summary>
internal sealed partial class JqlLexer
{
    /// <summary>Appends the escaped character and returns the offset after the sequence.</summary>
    /// <remarks>
    /// Jira quotes a bad sequence up to and including the first wrong character, except at the start of a bare word,
    /// where its lexer gives up after the backslash and the next character.
    /// </remarks>
    private int ReadEscape(int backslash, bool atWordStart, StringBuilder decoded)
    {
        if (backslash + 1 >= _text.Length)
        {
            throw Fail(JqlMessages.IllegalEscape(null, new JqlSpan(backslash, 1)));
        }

        var simple = SimpleEscape(_text[backslash + 1]);
        if (simple is { } character)
        {
            decoded.Append(character);
            return backslash + 2;
        }

        if (_text[backslash + 1] != 'u' || atWordStart && !HasFourHexDigits(backslash + 2))
        {
            throw Fail(BadEscape(backslash, backslash + 1));
        }

        return ReadUnicodeEscape(backslash, decoded);
    }

    private int ReadUnicodeEscape(int backslash, StringBuilder decoded)
    {
        for (var i = backslash + 2; i < backslash + 6; i++)
        {
            if (i >= _text.Length)
            {
                throw Fail(BadEscape(backslash, _text.Length - 1));
            }

            if (!JqlCharacters.IsHexDigit(_text[i]))
            {
                throw Fail(BadEscape(backslash, i));
            }
        }

        decoded.Append((char)int.Parse(_text.AsSpan(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        return backslash + 6;
    }

    private bool HasFourHexDigits(int from) =>
        from + 4 <= _text.Length && !_text.AsSpan(from, 4).ContainsAnyExcept(HexDigits);

    private JqlError BadEscape(int backslash, int lastIncluded)
    {
        var span = new JqlSpan(backslash, lastIncluded - backslash + 1);
        return JqlMessages.IllegalEscape(_text.Substring(span.Position, span.Length), span);
    }

    private static char? SimpleEscape(char c) => c switch
    {
        't' => '\t',
        'n' => '\n',
        'r' => '\r',
        '"' => '"',
        '\'' => '\'',
        '\\' => '\\',
        ' ' => ' ',
        _ => null,
    };

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
