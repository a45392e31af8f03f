using System.Collections.Concurrent;

namespace Atlas.JiraSimulator.Behaviour;

/// <summary>Requests per endpoint, keyed like `POST /rest/api/3/search/jql` (the route template).</summary>
internal sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Increment(string endpoint) => _counts.AddOrUpdate(endpoint, 1, static (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_counts.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    public void Reset() => _counts.Clear();
}
