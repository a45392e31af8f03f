using System.Text;

namespace Atlas.JiraSimulator.Text;

/// <summary>
/// The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (fts5_porter.c): it works on the
/// UTF-8 bytes, leaves tokens shorter than 3 or longer than 64 bytes alone, and uses that file's vowel rules.
/// </summary>
internal static partial class PorterStemmer
{
    private const int MaxToken = 64;

    public static string Stem(string token)
    {
        var bytes = Encoding.UTF8.GetBytes(token);
        if (bytes.Length < 3 || bytes.Length > MaxToken)
        {
            return token;
        }

        var word = new StemBuffer(bytes);
        Step1(word);
        Step2(word);
        Step3(word);
        Step4(word);
        Step5(word);
        return Encoding.UTF8.GetString(word.Bytes, 0, word.Length);
    }

    private static void Step1(StemBuffer w)
    {
        Step1A(w);
        if (Step1B(w) && !Step1B2(w))
        {
            var c = w[w.Length - 1];
            if (!IsVowel(c, false) && c is not ((byte)'l' or (byte)'s' or (byte)'z') && c == w[w.Length - 2])
            {
                w.Length--;
            }
            else if (MeasureEquals1(w, w.Length) && EndsCvc(w, w.Length))
            {
                w.Append((byte)'e');
            }
        }

        if (w[w.Length - 1] == 'y' && HasVowel(w, w.Length - 1))
        {
            w[w.Length - 1] = (byte)'i';
        }
    }

    private static void Step1A(StemBuffer w)
    {
        var n = w.Length;
        if (w[n - 1] != 's')
        {
            return;
        }

        if (w[n - 2] == 'e')
        {
            var sses = n > 4 && w[n - 4] == 's' && w[n - 3] == 's';
            w.Length = sses || (n > 3 && w[n - 3] == 'i') ? n - 2 : n - 1;
        }
        else if (w[n - 2] != 's')
        {
            w.Length = n - 1;
        }
    }

    private static bool Step1B(StemBuffer w)
    {
        if (w.Length > 3 && w.EndsWith("eed"))
        {
            if (MeasureAbove0(w, w.Length - 3))
            {
                w.Length--;
            }

            return false;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ed", "ing"])
        {
            if (w.EndsWith(suffix) && w.Length > suffix.Length && HasVowel(w, w.Length - suffix.Length))
            {
                w.Length -= suffix.Length;
                return true;
            }
        }

        return false;
    }

    private static bool Step1B2(StemBuffer w)
    {
        foreach (var (suffix, replacement) in (ReadOnlySpan<(string, string)>)[("at", "ate"), ("bl", "ble"), ("iz", "ize")])
        {
            if (w.Length > 2 && w.EndsWith(suffix))
            {
                w.Replace(suffix.Length, replacement);
                return true;
            }
        }

        return false;
    }

    private static void Step5(StemBuffer w)
    {
        if (w[w.Length - 1] == 'e' &&
            (MeasureAbove1(w, w.Length - 1) || (MeasureEquals1(w, w.Length - 1) && !EndsCvc(w, w.Length - 1))))
        {
            w.Length--;
        }

        if (w.Length > 1 && w[w.Length - 1] == 'l' && w[w.Length - 2] == 'l' && MeasureAbove1(w, w.Length - 1))
        {
            w.Length--;
        }
    }
}
