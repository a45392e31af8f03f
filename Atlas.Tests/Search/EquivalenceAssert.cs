using Atlas.Core.Search;

namespace Atlas.Tests.Search;

/// <summary>Runs a query live (the simulator) and offline (the synced cache) and demands the same keys in the same order.</summary>
internal static class EquivalenceAssert
{
    public const int AllResults = 5000;

    public static async Task<IReadOnlyList<string>> SameKeysAsync(SearchService search, string jql, int limit = AllResults, bool allowEmpty = false)
    {
        var live = await search.SearchAsync(jql, SearchSource.Live, limit);
        var offline = await search.SearchAsync(jql, SearchSource.Offline, limit);
        Assert.True(live.Outcome == SearchOutcome.Found, $"live: {live.Outcome} {live.Message} for {jql}");
        Assert.True(offline.Outcome == SearchOutcome.Found, $"offline: {offline.Outcome} {offline.Message} for {jql}");
        var liveKeys = live.Results!.Issues.Select(issue => issue.Key).ToList();
        var offlineKeys = offline.Results!.Issues.Select(issue => issue.Key).ToList();
        Assert.True(liveKeys.SequenceEqual(offlineKeys), Describe(jql, liveKeys, offlineKeys));
        Assert.True(allowEmpty || liveKeys.Count > 0, $"The query finds nothing, so it proves little: {jql}");
        Assert.Equal(live.Results.HasMore, offline.Results.HasMore);
        return liveKeys;
    }

    private static string Describe(string jql, List<string> live, List<string> offline)
    {
        var first = Enumerable.Range(0, Math.Min(live.Count, offline.Count)).FirstOrDefault(i => live[i] != offline[i], Math.Min(live.Count, offline.Count));
        return $"{jql}: live {live.Count} tickets, offline {offline.Count}; first difference at {first}: "
            + $"live [{string.Join(", ", live.Skip(first).Take(5))}] offline [{string.Join(", ", offline.Skip(first).Take(5))}]; "
            + $"only live: [{string.Join(", ", live.Except(offline).Take(8))}] only offline: [{string.Join(", ", offline.Except(live).Take(8))}]";
    }
}
