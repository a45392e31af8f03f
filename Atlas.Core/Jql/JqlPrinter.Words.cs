using System.Text;

namespace Atlas.Core.Jql;

/// <summary>Bare words: when a string may stand unquoted, and how to escape one that must stay unquoted.</summary>
internal sealed partial class JqlPrinter
{
    /// <summary>Whether <paramref name="value"/> written as-is lexes back as one word with that value.</summary>
    public static bool IsPlainWord(string value, bool allowNumber)
    {
        if (value.Length == 0 || JqlKeywords.IsKeyword(value) || JqlReservedWords.Contains(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c == '\\' || JqlCharacters.EndsWord(c))
            {
                return false;
            }
        }

        return allowNumber || !LooksLikeNumber(value);
    }

    /// <summary>Writes a value that was unquoted so that it stays an unquoted word: awkward characters become escapes.</summary>
    /// <remarks>
    /// A word that would read as a keyword or a number gets its first character escaped, as <c>\u0064uring</c>. Empty and
    /// reserved words cannot be bare at all (a tree built in code might hold them) and are quoted instead.
    /// </remarks>
    private static string Bare(string value, bool allowNumber)
    {
        if (value.Length == 0 || JqlReservedWords.Contains(value))
        {
            return JqlText.Quote(value);
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is '\\' or '"' or '\'' || JqlCharacters.IsWhitespace(c) ? EscapeInWord(c)
                : JqlCharacters.EndsWord(c) ? UnicodeEscape(c)
                : c.ToString());
        }

        var written = builder.ToString();
        var ambiguous = written == value && (JqlKeywords.IsKeyword(value) || !allowNumber && LooksLikeNumber(value));
        return ambiguous ? UnicodeEscape(value[0]) + written[1..] : written;
    }

    private static string EscapeInWord(char c) => c == ' ' ? "\\ " : JqlCharacters.Escape(c);

    private static string UnicodeEscape(char c) => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture);

    internal static bool LooksLikeNumber(string value)
    {
        var digits = value.AsSpan(value.StartsWith('-') ? 1 : 0);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
