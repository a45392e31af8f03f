namespace Atlas.Benchmarks.Search;

/// <summary>One template's offline search times (ms) and how many tickets it matches in all.</summary>
internal sealed record SearchLatency(string Template, int Matches, bool MoreThanMax, double[] TimesMs)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Max => TimesMs.Max();

    /// <summary>The nearest-rank percentile: the smallest time at least <paramref name="share"/> of the runs did not exceed.</summary>
    private double Percentile(double share)
    {
        var sorted = TimesMs.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];
    }
}
