using System.Globalization;
using System.Text;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Splits text the way SQLite FTS5's <c>unicode61</c> tokenizer does by default: runs of letters, numbers and
/// private-use characters are tokens, lower-cased with diacritics removed; everything else separates.
/// </summary>
internal static class JqlTextTokens
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsTokenCharacter(rune))
            {
                current.Append(Fold(rune));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static bool IsTokenCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    private static string Fold(Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (lower.Value < 0x80)
        {
            return lower.ToString();
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
    }
}
