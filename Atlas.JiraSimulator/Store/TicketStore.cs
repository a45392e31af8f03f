using System.Collections.Concurrent;
using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Store;

/// <summary>
/// The site's tickets. Writes are serialized by one lock and publish new immutable versions; reads never lock,
/// so a sync can page through search while a test edits tickets.
/// </summary>
internal sealed partial class TicketStore
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<long, TicketRecord> _byId = new();
    private readonly ConcurrentDictionary<string, long> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<long, long[]> _children = new();
    private readonly Dictionary<string, int> _lastNumber = new(StringComparer.OrdinalIgnoreCase);
    private TicketRecord[] _all = [];
    private long _revision;
    private long _nextId = 10001;
    private long _nextChangeId = 10_000_000;
    private long _lastCommitTicks;

    /// <summary>Increases with every committed change (edit, add, delete, move, hide).</summary>
    public long Revision => Interlocked.Read(ref _revision);

    /// <summary>Server time of the newest commit; search lag matters only while this is within the lag.</summary>
    public DateTimeOffset LastCommit => new(Interlocked.Read(ref _lastCommitTicks), TimeSpan.Zero);

    public IReadOnlyList<TicketRecord> All => Volatile.Read(ref _all);

    public TicketRecord? Find(long id) => _byId.GetValueOrDefault(id);

    /// <summary>Finds by numeric id, or by current or former key (case-insensitive), like GET issue.</summary>
    public TicketRecord? Find(string idOrKey)
    {
        if (long.TryParse(idOrKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Find(id);
        }

        return _byKey.TryGetValue(idOrKey.Trim(), out var keyed) ? Find(keyed) : null;
    }

    /// <summary>Ids of the tickets whose parent is <paramref name="parentId"/>.</summary>
    public IReadOnlyList<long> ChildrenOf(long parentId) => _children.TryGetValue(parentId, out var ids) ? ids : [];

    /// <summary>A number that changes whenever the parent or any child of <paramref name="version"/> changes.</summary>
    public long FamilyStamp(TicketVersion version)
    {
        var stamp = version.ParentId is { } parent ? Find(parent)?.Latest.Revision ?? 0 : 0;
        foreach (var child in ChildrenOf(version.Id))
        {
            stamp = unchecked(stamp * 31 + (Find(child)?.Latest.Revision ?? 0));
        }

        return stamp;
    }

    public long NextChangeId() => Interlocked.Increment(ref _nextChangeId);
}
