using System.Text.RegularExpressions;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// The operand of <c>~</c> as the searched text sees it: words and <c>"quoted phrases"</c> (each must occur, stemmed,
/// its tokens adjacent within one field) and <c>word*</c> prefixes (each token must start some stemmed token of a
/// field). A word that splits into several tokens (<c>e-mail</c>) is a phrase; parts without any token are ignored.
/// </summary>
internal sealed partial class JqlTextQuery
{
    private JqlTextQuery(IReadOnlyList<IReadOnlyList<string>> phrases, IReadOnlyList<string> prefixes)
    {
        Phrases = phrases;
        Prefixes = prefixes;
    }

    /// <summary>Phrases as folded tokens (stemming is left to FTS5's porter tokenizer, as for the indexed text).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    /// <summary>Folded, unstemmed prefixes, compared with the stemmed tokens of the index.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>True when nothing searchable is left: such a query matches no ticket.</summary>
    public bool IsEmpty => Phrases.Count == 0 && Prefixes.Count == 0;

    public static JqlTextQuery Parse(string value)
    {
        var phrases = new List<IReadOnlyList<string>>();
        var prefixes = new List<string>();
        foreach (Match part in Parts().Matches(value))
        {
            if (part.Groups["phrase"].Success)
            {
                AddPhrase(phrases, part.Groups["phrase"].Value);
            }
            else if (part.Value.EndsWith('*') && part.Value.Length > 1)
            {
                prefixes.AddRange(JqlTextTokens.Tokenize(part.Value.TrimEnd('*')));
            }
            else
            {
                AddPhrase(phrases, part.Value);
            }
        }

        return new JqlTextQuery(phrases, prefixes);
    }

    /// <summary>The FTS5 query for the phrases, every token inside a quoted FTS5 string so no user text is FTS5 syntax.</summary>
    public string PhraseMatch(string? column)
    {
        var phrases = string.Join(" AND ", Phrases.Select(tokens => "\"" + string.Join(' ', tokens) + "\""));
        return column is null ? phrases : $"{column} : ({phrases})";
    }

    private static void AddPhrase(List<IReadOnlyList<string>> phrases, string text)
    {
        var tokens = JqlTextTokens.Tokenize(text);
        if (tokens.Count > 0)
        {
            phrases.Add(tokens);
        }
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();
}
