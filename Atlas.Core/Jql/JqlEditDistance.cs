namespace Atlas.Core.Jql;

/// <summary>Spots likely typos of known names (one insertion, deletion, substitution or swap of neighbours).</summary>
internal static class JqlEditDistance
{
    /// <summary>Shorter names are left alone: one edit turns too many real custom field names into system ones.</summary>
    private const int MinimumLength = 5;

    public static bool IsNearMissOf(string name, IEnumerable<string> known)
    {
        if (name.Length < MinimumLength)
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        return known.Any(candidate => IsOneEditAway(lower, candidate.ToLowerInvariant()));
    }

    /// <summary>True when exactly one edit (Damerau's adjacent swap included) turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    internal static bool IsOneEditAway(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var restA = a.AsSpan(prefix);
        var restB = b.AsSpan(prefix);
        return a.Length == b.Length
            ? restA[1..].SequenceEqual(restB[1..]) || IsSwap(restA, restB)
            : (a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]));
    }

    private static bool IsSwap(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..].SequenceEqual(b[2..]);
}
