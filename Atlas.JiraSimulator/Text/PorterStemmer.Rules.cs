namespace Atlas.JiraSimulator.Text;

internal static partial class PorterStemmer
{
    private enum Condition
    {
        MeasureAbove0,
        MeasureAbove1,
        MeasureAbove1AndSOrT,
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"),
    ];

    private static readonly (string Suffix, Condition Condition)[] Step4Rules =
    [
        ("al", Condition.MeasureAbove1), ("ance", Condition.MeasureAbove1), ("ence", Condition.MeasureAbove1),
        ("er", Condition.MeasureAbove1), ("ic", Condition.MeasureAbove1), ("able", Condition.MeasureAbove1),
        ("ible", Condition.MeasureAbove1), ("ant", Condition.MeasureAbove1), ("ement", Condition.MeasureAbove1),
        ("ment", Condition.MeasureAbove1), ("ent", Condition.MeasureAbove1), ("ion", Condition.MeasureAbove1AndSOrT),
        ("ou", Condition.MeasureAbove1), ("ism", Condition.MeasureAbove1), ("ate", Condition.MeasureAbove1),
        ("iti", Condition.MeasureAbove1), ("ous", Condition.MeasureAbove1), ("ive", Condition.MeasureAbove1),
        ("ize", Condition.MeasureAbove1),
    ];

    private static void Step2(StemBuffer w) => ApplyFirst(w, Step2Rules, Condition.MeasureAbove0);

    private static void Step3(StemBuffer w) => ApplyFirst(w, Step3Rules, Condition.MeasureAbove0);

    private static void Step4(StemBuffer w)
    {
        foreach (var (suffix, condition) in Step4Rules)
        {
            if (w.Length > suffix.Length && w.EndsWith(suffix))
            {
                if (Holds(w, w.Length - suffix.Length, condition))
                {
                    w.Length -= suffix.Length;
                }

                return;
            }
        }
    }

    /// <summary>The first rule whose suffix matches decides: it applies if its condition holds, else nothing does.</summary>
    private static void ApplyFirst(StemBuffer w, (string Suffix, string Replacement)[] rules, Condition condition)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (w.Length > suffix.Length && w.EndsWith(suffix))
            {
                if (Holds(w, w.Length - suffix.Length, condition))
                {
                    w.Replace(suffix.Length, replacement);
                }

                return;
            }
        }
    }

    private static bool Holds(StemBuffer w, int stemLength, Condition condition) => condition switch
    {
        Condition.MeasureAbove0 => MeasureAbove0(w, stemLength),
        Condition.MeasureAbove1 => MeasureAbove1(w, stemLength),
        _ => MeasureAbove1AndEndsSOrT(w, stemLength),
    };
}
