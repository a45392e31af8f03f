using System.Text;

namespace Atlas.Core.Jql;

/// <summary>Writing JQL safely: quoting values and printing a parsed query in canonical form.</summary>
public static class JqlText
{
    /// <summary>The value as a double-quoted JQL string with <c>"</c>, <c>\</c>, line breaks, tabs and control characters escaped.</summary>
    /// <remarks>Safe for any input when composing JQL from templates: the result always parses back to <paramref name="value"/>.</remarks>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c is '"' or '\\' || JqlCharacters.IsControl(c) || c is '\n' or '\r' ? JqlCharacters.Escape(c) : c);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The value bare when JQL reads it back as the same string (<c>Open</c>, <c>WRKA-12</c>), otherwise <see cref="Quote"/>d.</summary>
    /// <remarks>Numbers are quoted too, because a bare number means an id or epoch milliseconds to Jira.</remarks>
    public static string QuoteIfNeeded(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JqlPrinter.IsPlainWord(value, allowNumber: false) ? value : Quote(value);
    }

    /// <summary>The query in canonical JQL: upper-case keywords, single spaces, double quotes, parentheses only where the tree needs them.</summary>
    /// <remarks>Parsing the result gives a query of the same shape, values and quoting as <paramref name="query"/>.</remarks>
    public static string Print(JqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return JqlPrinter.Print(query);
    }
}
