using System.Globalization;

namespace Atlas.Benchmarks.Search;

/// <summary>Prints the search benchmark as Markdown tables (for docs/benchmarks.md) with the 25 ms target checked.</summary>
internal static class SearchTable
{
    /// <summary>The issue's target for every template's offline p95.</summary>
    public const double TargetP95Ms = 25;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void PrintLatencies(int tickets, int runs, IReadOnlyList<SearchLatency> rows)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"Offline template search over {tickets:N0} tickets, first 50 results, {runs} runs each after warm-up:"));
        Console.WriteLine();
        Console.WriteLine("| template | matches | p50 (ms) | p95 (ms) | max (ms) | p95 < 25 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | :---: |");
        foreach (var r in rows)
        {
            var matches = r.MoreThanMax ? $"> {r.Matches:N0}" : r.Matches.ToString("N0", Invariant);
            Console.WriteLine(string.Create(Invariant, $"| {r.Template} | {matches} | {r.P50:0.0} | {r.P95:0.0} | {r.Max:0.0} | {(r.P95 < TargetP95Ms ? "yes" : "NO")} |"));
        }

        var missed = rows.Where(r => r.P95 >= TargetP95Ms).Select(r => r.Template).ToList();
        Console.WriteLine();
        Console.WriteLine(missed.Count == 0
            ? string.Create(Invariant, $"Every template's p95 is under {TargetP95Ms} ms (slowest p95 {rows.Max(r => r.P95):0.0} ms).")
            : $"Over the {TargetP95Ms} ms target: {string.Join(", ", missed)}.");
    }

    public static void PrintThroughput(IReadOnlyList<ParseRate> rates)
    {
        Console.WriteLine();
        Console.WriteLine("JQL parse and validate throughput (one thread):");
        Console.WriteLine();
        Console.WriteLine("| queries | count | average length | queries/s | µs per query |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var r in rates)
        {
            Console.WriteLine(string.Create(Invariant, $"| {r.Set} | {r.Queries} | {r.AverageLength:0} chars | {r.PerSecond:N0} | {r.MicrosecondsEach:0.0} |"));
        }
    }
}
