using Atlas.JiraSimulator.Jql.Semantics;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Search;

/// <summary>The tickets a query matched, sorted by its ORDER BY and then by id, with each ticket's sort keys.</summary>
internal sealed class SearchResult
{
    private readonly IReadOnlyList<SortSpec> _sort;

    public SearchResult(IEnumerable<TicketVersion> matches, IReadOnlyList<SortSpec> sort)
    {
        _sort = sort;
        var entries = matches.Select(t => (Ticket: t, Keys: sort.Select(s => s.Value(t)).ToArray())).ToArray();
        Array.Sort(entries, (a, b) => Compare(a.Keys, a.Ticket.Id, b.Keys, b.Ticket.Id));
        Items = [.. entries.Select(e => e.Ticket)];
        Keys = [.. entries.Select(e => e.Keys)];
    }

    public TicketVersion[] Items { get; }

    public SortValue[][] Keys { get; }

    /// <summary>
    /// The index of the first ticket that sorts after <paramref name="cursor"/> ("search after"): tickets edited
    /// since the previous page are placed by their new values, so nothing that stayed put is skipped.
    /// </summary>
    public int IndexAfter(PageCursor cursor)
    {
        var (low, high) = (0, Items.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Compare(Keys[mid], Items[mid].Id, cursor.Keys, cursor.Id) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private int Compare(SortValue[] a, long aId, SortValue[] b, long bId)
    {
        for (var i = 0; i < _sort.Count && i < a.Length && i < b.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return _sort[i].Descending ? -c : c;
            }
        }

        return aId.CompareTo(bId);
    }
}

/// <summary>Where the previous page ended: the sort keys and id of its last ticket.</summary>
internal sealed record PageCursor(SortValue[] Keys, long Id);
