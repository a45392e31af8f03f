using System.Diagnostics;
using Atlas.Core.Search;
using Atlas.Core.Templates;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Benchmarks.Search;

/// <summary>
/// Offline search latency: every built-in template against a synced cache of 50,000 tickets, run the way
/// <c>atlas template NAME --offline</c> runs it (parse, translate, query, load the first 50 tickets), then JQL parse
/// throughput. Prints tables. Run: <c>dotnet run -c Release --project Atlas.Benchmarks -- search [--quick] [--explain]</c>.
/// </summary>
internal static class SearchScenarioRunner
{
    private const int WarmUps = 5;

    public static async Task<int> RunAsync(bool quick, bool explain)
    {
        var tickets = quick ? 5_000 : 50_000;
        var runs = quick ? 20 : 50;
        var path = await SearchCache.EnsureAsync(tickets);
        await using (var services = SearchCache.Services(path))
        {
            var queries = await TemplateQueries.RenderAsync(services.GetRequiredService<TemplateService>(), path);
            if (explain)
            {
                await SearchExplain.PrintAsync(path, queries);
            }

            var rows = new List<SearchLatency>();
            foreach (var (name, jql) in queries)
            {
                rows.Add(await MeasureAsync(services.GetRequiredService<SearchService>(), name, jql, runs));
            }

            SearchTable.PrintLatencies(tickets, runs, rows);
            SearchTable.PrintThroughput(ParseThroughput.Measure(queries.Select(q => q.Jql).ToList()));
        }

        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static async Task<SearchLatency> MeasureAsync(SearchService search, string name, string jql, int runs)
    {
        var all = await search.SearchAsync(jql, SearchSource.Offline, SearchService.MaxLimit);
        if (all.Results is null)
        {
            throw new InvalidOperationException($"{name}: {all.Outcome} {all.Message}");
        }

        for (var i = 0; i < WarmUps; i++)
        {
            await search.SearchAsync(jql, SearchSource.Offline);
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await search.SearchAsync(jql, SearchSource.Offline);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new SearchLatency(name, all.Results.Count, all.Results.HasMore, times);
    }
}
