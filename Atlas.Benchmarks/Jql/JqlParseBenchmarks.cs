using Atlas.Core.Jql;
using BenchmarkDotNet.Attributes;

namespace Atlas.Benchmarks.Jql;

/// <summary>Parse-and-validate throughput of <see cref="Core.Jql.Jql.Parse(string?)"/> for short, medium and long queries.</summary>
[MemoryDiagnoser]
public class JqlParseBenchmarks
{
    private const string Short = "assignee = currentUser() AND resolution = Unresolved";

    private const string Medium =
        "project in (WRKA, WRKB) AND issuetype in (Bug, \"Sub-task\") AND status was in (Open, Reopened) "
        + "AND (labels in (ui, \"tech debt\") OR summary ~ \"login page\") AND created >= startOfWeek(-1w) "
        + "AND \"Story Points\" > 3 ORDER BY priority DESC, updated DESC";

    private static readonly string Long = string.Join(" OR ", Enumerable.Range(1, 200).Select(i =>
        $"(key = WRKA-{i} AND status changed from Open to \"In Progress\" after \"2026-11-{1 + (i % 28):00} 10:00\" by jsmith)"));

    [Benchmark(Baseline = true)]
    public JqlParseResult ShortQuery() => Core.Jql.Jql.Parse(Short);

    [Benchmark]
    public JqlParseResult MediumQuery() => Core.Jql.Jql.Parse(Medium);

    [Benchmark]
    public JqlParseResult LongQuery() => Core.Jql.Jql.Parse(Long);

    [Benchmark]
    public JqlParseResult InvalidQuery() => Core.Jql.Jql.Parse("project = WRKA AND status = Done assignee = me");
}
