using Atlas.Core.Storage;

namespace Atlas.Core.Sync;

/// <summary>The running totals of one sync; passes run in parallel, so every update is atomic.</summary>
internal sealed class SyncCounters
{
    private int _processed;
    private int _created;
    private int _updated;
    private int _unchanged;
    private int _deleted;
    private int _rejected;
    private readonly Conflicts.ConflictCounts _conflicts = new();

    public int Processed => Volatile.Read(ref _processed);

    public void AddPage(int read, PageWriteResult written, int rejected)
    {
        Interlocked.Add(ref _processed, read);
        Interlocked.Add(ref _created, written.Created);
        Interlocked.Add(ref _updated, written.Updated);
        Interlocked.Add(ref _unchanged, written.Unchanged);
        Interlocked.Add(ref _rejected, rejected);
        lock (_conflicts)
        {
            _conflicts.Add(written.Conflicts);
        }
    }

    /// <summary>The pending conflicts on critical tickets this run found.</summary>
    public IReadOnlyList<Conflicts.CriticalConflict> CriticalConflicts
    {
        get
        {
            lock (_conflicts)
            {
                return [.. _conflicts.Critical];
            }
        }
    }

    public void AddDeleted(int count) => Interlocked.Add(ref _deleted, count);

    public SyncReport WriteInto(SyncReport report)
    {
        lock (_conflicts)
        {
            return report with
            {
                Processed = Processed,
                Created = Volatile.Read(ref _created),
                Updated = Volatile.Read(ref _updated),
                Unchanged = Volatile.Read(ref _unchanged),
                Deleted = Volatile.Read(ref _deleted),
                Rejected = Volatile.Read(ref _rejected),
                Merged = _conflicts.Merged,
                Conflicts = _conflicts.Detected,
                AutoResolved = _conflicts.AutoResolved,
                Pending = _conflicts.Pending,
            };
        }
    }
}
