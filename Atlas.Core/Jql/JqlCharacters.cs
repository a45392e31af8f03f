using System.Globalization;

namespace Atlas.Core.Jql;

/// <summary>Character classes of Jira's JQL lexer (the fragments of Jql.g).</summary>
internal static class JqlCharacters
{
    /// <summary>Space, tab, CR and LF separate tokens; other Unicode spaces are ordinary word characters in Jira.</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Characters Jira refuses anywhere outside quotes unless escaped (CONTROLCHARS); inside quotes too, tab included.</summary>
    public static bool IsControl(char c) =>
        c is <= '\u0009' or '\u000b' or '\u000c' or (>= '\u000e' and <= '\u001f') or (>= '\u007f' and <= '\u009f')
            or (>= '\ufdd0' and <= '\ufdef') or >= '\ufffe';

    /// <summary>Characters JQL reserves for future use; they must be quoted or escaped.</summary>
    public static bool IsReserved(char c) => c is '{' or '}' or '*' or '/' or '%' or '+' or '^' or '$' or '#' or '@' or '?' or ';';

    /// <summary>Characters that end a bare word (STRINGSTOP plus whitespace and the escape character).</summary>
    public static bool EndsWord(char c) =>
        IsWhitespace(c) || IsControl(c) || IsReserved(c)
        || c is '"' or '\'' or '=' or '!' or '<' or '>' or '(' or ')' or '~' or ',' or '[' or ']' or '|' or '&';

    /// <summary>The escape Jira suggests for a character: <c>\t</c>, <c>\"</c>… or <c>\uXXXX</c> (lower-case hex).</summary>
    public static string Escape(char c) => c switch
    {
        '\t' => "\\t",
        '\n' => "\\n",
        '\r' => "\\r",
        '"' => "\\\"",
        '\'' => "\\'",
        '\\' => "\\\\",
        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };

    /// <summary>How Jira prints a character in a message: itself, <c>TAB</c>, or <c>U+XXXX</c> for invisible ones.</summary>
    public static string Printable(char c)
    {
        if (c == '\t')
        {
            return "TAB";
        }

        var invisible = IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned;
        return invisible ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
    }

    public static bool IsHexDigit(char c) => char.IsAsciiHexDigit(c);
}
