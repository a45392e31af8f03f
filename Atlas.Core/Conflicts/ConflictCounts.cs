namespace Atlas.Core.Conflicts;

/// <summary>
/// What the merge did in a page write (or a whole run), counted per overridden field: merged without a strategy,
/// conflicts detected, of those settled by the strategy, and left pending in the inbox.
/// </summary>
internal sealed class ConflictCounts
{
    private readonly List<CriticalConflict> _critical = [];

    public int Merged { get; private set; }

    public int Detected { get; private set; }

    public int AutoResolved { get; private set; }

    public int Pending { get; private set; }

    /// <summary>Pending conflicts on critical tickets found by this write: each is announced.</summary>
    public IReadOnlyList<CriticalConflict> Critical => _critical;

    public void Add(FieldDecision decision)
    {
        if (!decision.IsConflict)
        {
            Merged++;
            return;
        }

        Detected++;
        if (decision.IsPending)
        {
            Pending++;
        }
        else
        {
            AutoResolved++;
        }
    }

    public void AddCritical(CriticalConflict conflict)
    {
        if (!_critical.Contains(conflict))
        {
            _critical.Add(conflict);
        }
    }

    public void Add(ConflictCounts other)
    {
        Merged += other.Merged;
        Detected += other.Detected;
        AutoResolved += other.AutoResolved;
        Pending += other.Pending;
        foreach (var critical in other.Critical)
        {
            AddCritical(critical);
        }
    }
}

/// <summary>A pending conflict on a critical ticket: the inbox id, the ticket and the fields in conflict.</summary>
public sealed record CriticalConflict(long ConflictId, string Key, string? Priority, IReadOnlyList<string> Fields);
