namespace Atlas.JiraSimulator.Data;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Picks an index with the given relative weights.</summary>
    public static int Weighted(this Random random, params ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var roll = random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public static List<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var result = new List<T>(count);
        while (result.Count < count && pool.Count > 0)
        {
            var i = random.Next(pool.Count);
            result.Add(pool[i]);
            pool.RemoveAt(i);
        }

        return result;
    }
}
