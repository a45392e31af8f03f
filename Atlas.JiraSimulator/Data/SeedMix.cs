namespace Atlas.JiraSimulator.Data;

/// <summary>Derives independent, reproducible seeds (SplitMix64) so tickets can be generated in parallel.</summary>
internal static class SeedMix
{
    public static int Derive(int seed, long stream, long index)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)stream * 0xBF58476D1CE4E5B9UL + (ulong)index;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }

    public static Random Random(int seed, long stream, long index) => new(Derive(seed, stream, index));
}
