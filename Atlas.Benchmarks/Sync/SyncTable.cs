using System.Globalization;

namespace Atlas.Benchmarks.Sync;

/// <summary>Prints the measurements for the console and as the Markdown table of docs/benchmarks.md.</summary>
internal static class SyncTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IReadOnlyList<SyncMeasurement> rows, bool header)
    {
        if (header)
        {
            Console.WriteLine($"{"tickets",8} {"Jira",-28} {"sync",-28} {"wall",9} {"calls",6} {"peak MB",8} {"+MB",6} {"tickets/s",10} status");
        }

        foreach (var r in rows)
        {
            Console.WriteLine(string.Create(Invariant, $"{r.Scenario.Tickets,8:N0} {r.Scenario.Jira,-28} {r.Phase,-28} {r.Wall.TotalSeconds,8:0.0}s {r.ApiCalls,6} {Mb(r.PeakWorkingSet),8} {Mb(r.PeakOverBaseline),6} {r.TicketsPerSecond,10:N0} {r.Status}"));
        }
    }

    public static void PrintMarkdown(IReadOnlyList<SyncMeasurement> rows)
    {
        Console.WriteLine("| tickets | Jira | sync | wall | API calls | peak working set (MB) | over baseline (MB) | tickets/s |");
        Console.WriteLine("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            Console.WriteLine(string.Create(Invariant, $"| {r.Scenario.Tickets:N0} | {r.Scenario.Jira} | {r.Phase} | {r.Wall.TotalSeconds:0.0} s | {r.ApiCalls} | {Mb(r.PeakWorkingSet)} | {Mb(r.PeakOverBaseline)} | {r.TicketsPerSecond:N0} |"));
        }
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
