using System.Text.RegularExpressions;

namespace Atlas.JiraSimulator.Text;

/// <summary>
/// A `~` operand: words (all must occur, stemmed), quoted phrases (adjacent, within one field) and `word*`
/// prefixes (matched against the stemmed tokens, as FTS5 does).
/// </summary>
internal sealed partial class TextQuery
{
    private readonly List<string[]> _phrases = [];
    private readonly List<string> _prefixes = [];

    public bool IsEmpty => _phrases.Count == 0 && _prefixes.Count == 0;

    public static TextQuery Parse(string value)
    {
        var query = new TextQuery();
        foreach (Match part in Parts().Matches(value))
        {
            if (part.Groups["phrase"].Success)
            {
                query.AddPhrase(part.Groups["phrase"].Value);
            }
            else if (part.Value.EndsWith('*') && part.Value.Length > 1)
            {
                query._prefixes.AddRange(Fts5Tokenizer.Tokenize(part.Value.TrimEnd('*')));
            }
            else
            {
                query.AddPhrase(part.Value);
            }
        }

        return query;
    }

    /// <summary>True when every word, phrase and prefix occurs in at least one of <paramref name="fields"/>.</summary>
    public bool Matches(IReadOnlyList<string[]> fields) =>
        _phrases.All(p => fields.Any(f => ContainsPhrase(f, p))) &&
        _prefixes.All(p => fields.Any(f => f.Any(token => token.StartsWith(p, StringComparison.Ordinal))));

    /// <summary>A word that tokenizes into several tokens (e.g. `e-mail`) is a phrase, as in FTS5.</summary>
    private void AddPhrase(string text)
    {
        var stems = TextIndex.Stems(text);
        if (stems.Length > 0)
        {
            _phrases.Add(stems);
        }
    }

    private static bool ContainsPhrase(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Parts();
}
