namespace Atlas.JiraSimulator.Text;

internal static partial class PorterStemmer
{
    private static bool IsVowel(byte c, bool yIsVowel) => c switch
    {
        (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' => true,
        (byte)'y' => yIsVowel,
        _ => false,
    };

    /// <summary>fts5Porter_Vowel: any vowel in the stem, `y` counting as one anywhere but first.</summary>
    private static bool HasVowel(StemBuffer w, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (IsVowel(w[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>fts5PorterGobbleVC: the offset just past the first vowel-consonant sequence, or 0.</summary>
    private static int GobbleVowelConsonant(StemBuffer w, int start, int length, bool previousConsonant)
    {
        var consonant = previousConsonant;
        var i = start;
        for (; i < length; i++)
        {
            consonant = !IsVowel(w[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < length; i++)
        {
            consonant = !IsVowel(w[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool MeasureAbove0(StemBuffer w, int length) => GobbleVowelConsonant(w, 0, length, false) != 0;

    private static bool MeasureAbove1(StemBuffer w, int length)
    {
        var n = GobbleVowelConsonant(w, 0, length, false);
        return n != 0 && GobbleVowelConsonant(w, n, length, true) != 0;
    }

    private static bool MeasureEquals1(StemBuffer w, int length)
    {
        var n = GobbleVowelConsonant(w, 0, length, false);
        return n != 0 && GobbleVowelConsonant(w, n, length, true) == 0;
    }

    /// <summary>*o: the stem ends consonant-vowel-consonant and the last is not w, x or y.</summary>
    private static bool EndsCvc(StemBuffer w, int length)
    {
        var last = w[length - 1];
        if (last is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var mask = 0;
        var consonant = false;
        for (var i = 0; i < length; i++)
        {
            consonant = !IsVowel(w[i], consonant);
            mask = (mask << 1) + (consonant ? 1 : 0);
        }

        return (mask & 7) == 5;
    }

    private static bool MeasureAbove1AndEndsSOrT(StemBuffer w, int length) =>
        length > 0 && w[length - 1] is (byte)'s' or (byte)'t' && MeasureAbove1(w, length);
}
