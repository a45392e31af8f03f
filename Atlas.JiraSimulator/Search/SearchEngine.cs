using System.Collections.Concurrent;
using System.Globalization;
using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Jql.Semantics;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Store;

namespace Atlas.JiraSimulator.Search;

/// <summary>
/// Runs compiled queries over what search can see: each ticket's newest version older than the search lag
/// (the current one for ids in reconcileIssues), without hidden tickets. Sorted results are cached while nothing
/// changes, so paging through 50,000 tickets sorts once.
/// </summary>
internal sealed class SearchEngine(TicketStore store, SimulatorSettings settings, SimulatorClock clock, UserProfile profile)
{
    private const int CacheSize = 8;
    private readonly ConcurrentDictionary<string, SearchResult> _cache = new(StringComparer.Ordinal);

    public SearchResult Run(string jql, CompiledQuery query, IReadOnlySet<long> reconcile)
    {
        var key = CacheKey(jql, reconcile);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = new SearchResult(Visible(reconcile).Where(query.Filter), query.Sort);
        if (_cache.Count >= CacheSize)
        {
            _cache.Clear();
        }

        _cache[key] = result;
        return result;
    }

    public int Count(CompiledQuery query) => Visible(new HashSet<long>()).Count(query.Filter);

    private IEnumerable<TicketVersion> Visible(IReadOnlySet<long> reconcile)
    {
        var (lagging, cutoff) = LagState();
        foreach (var record in store.All)
        {
            if (record.Hidden)
            {
                continue;
            }

            var version = lagging && !reconcile.Contains(record.Id) ? record.VisibleAt(cutoff) : record.Current;
            if (version is not null)
            {
                yield return version;
            }
        }
    }

    /// <summary>Lag matters only while some commit is younger than the lag.</summary>
    private (bool Lagging, DateTimeOffset Cutoff) LagState()
    {
        var cutoff = clock.Now - settings.SearchLag;
        return (settings.SearchLag > TimeSpan.Zero && store.LastCommit > cutoff, cutoff);
    }

    private string CacheKey(string jql, IReadOnlySet<long> reconcile)
    {
        var (lagging, cutoff) = LagState();
        var minute = JqlDates.TruncateToMinute(clock.Now).UtcTicks;
        var settingsKey = profile.Settings.TimeZoneId + "|" + profile.Settings.Locale;
        var ids = string.Join(',', reconcile.Order());
        return string.Create(CultureInfo.InvariantCulture,
            $"{store.Revision}|{minute}|{(lagging ? cutoff.UtcTicks : 0)}|{settingsKey}|{ids}|{jql}");
    }
}
