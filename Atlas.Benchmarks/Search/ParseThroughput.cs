using System.Diagnostics;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Benchmarks.Search;

/// <summary>How many queries a second <see cref="JqlApi.Parse(string?)"/> parses and validates, per set of queries.</summary>
internal static class ParseThroughput
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    /// <summary>Queries testers write by hand, across fields, operators, functions and history.</summary>
    private static readonly string[] Realistic =
    [
        "project = WRKA AND assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC, updated DESC",
        "project in (QA, PAY) AND status in (\"In Progress\", \"In Review\") ORDER BY updated DESC",
        "key > \"WRKA-100\" AND key < WRKA-140 ORDER BY key ASC",
        "issuetype = Bug AND priority >= High AND statusCategory != Done AND labels in (regression, smoke)",
        "created >= startOfMonth(-1) AND created <= endOfMonth(-1) AND reporter = currentUser()",
        "updated >= \"-4w 2d\" AND updated <= now() AND component = \"Payments\"",
        "due < startOfDay() AND statusCategory != Done ORDER BY due ASC",
        "text ~ \"login page\" AND summary !~ \"safari*\" ORDER BY created DESC",
        "(status = Blocked OR labels = release-blocker) AND NOT (assignee IS EMPTY AND priority = Low)",
        "status WAS \"In Progress\" DURING (\"2026/11/01\", \"2026/11/20\") AND assignee CHANGED BY currentUser()",
        "status CHANGED FROM \"To Do\" TO Done AFTER startOfWeek() ORDER BY updated DESC",
        "sprint in openSprints() AND \"Story Points\" > 3 AND cf[10010] = 5",
        "parent in (WRKA-12, WRKA-13) AND fixVersion IS NOT EMPTY ORDER BY key",
        "resolved >= -7d AND resolution in (Done, \"Won't Do\") ORDER BY resolved DESC",
        "project = WRKA AND status = Done assignee = me",
    ];

    public static IReadOnlyList<ParseRate> Measure(IReadOnlyList<string> templates) =>
    [
        Rate("the built-in templates", templates),
        Rate("realistic hand-written queries", Realistic),
    ];

    private static ParseRate Rate(string set, IReadOnlyList<string> queries)
    {
        foreach (var query in queries)
        {
            JqlApi.Parse(query);
        }

        long parsed = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Duration)
        {
            foreach (var query in queries)
            {
                JqlApi.Parse(query);
            }

            parsed += queries.Count;
        }

        return new ParseRate(set, queries.Count, queries.Average(q => q.Length), parsed / watch.Elapsed.TotalSeconds);
    }
}

/// <summary>Parse throughput over one set of queries.</summary>
internal sealed record ParseRate(string Set, int Queries, double AverageLength, double PerSecond)
{
    public double MicrosecondsEach => 1_000_000 / PerSecond;
}
