using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Store;

internal sealed partial class TicketStore
{
    /// <summary>Loads generated tickets (ascending ids); each is visible from its own `updated` time.</summary>
    public void Load(IReadOnlyList<TicketVersion> tickets)
    {
        lock (_gate)
        {
            var records = new List<TicketRecord>(_all);
            foreach (var ticket in tickets)
            {
                var version = ticket with { Revision = ++_revision, CommittedAt = ticket.Updated };
                records.Add(Register(version));
                NoteCommit(ticket.Updated);
                _nextId = Math.Max(_nextId, ticket.Id + 1);
            }

            Volatile.Write(ref _all, [.. records]);
        }
    }

    /// <summary>Adds a new ticket built by <paramref name="build"/> from its id and number.</summary>
    public TicketVersion Add(Project project, DateTimeOffset now, Func<long, int, TicketVersion> build)
    {
        lock (_gate)
        {
            var number = _lastNumber.GetValueOrDefault(project.Key) + 1;
            var version = Stamp(build(_nextId++, number), now);
            Volatile.Write(ref _all, [.. _all, Register(version)]);
            return version;
        }
    }

    /// <summary>Commits an edit of the current version; returns null when the ticket does not exist.</summary>
    public TicketVersion? Edit(string idOrKey, DateTimeOffset now, Func<TicketVersion, TicketVersion> edit)
    {
        lock (_gate)
        {
            var record = Find(idOrKey);
            if (record?.Current is not { } current)
            {
                return null;
            }

            var next = Stamp(edit(current), now);
            IndexChange(current, next);
            record.Append(next);
            return next;
        }
    }

    /// <summary>The next free number in <paramref name="project"/> (for a move).</summary>
    public int ReserveNumber(Project project)
    {
        lock (_gate)
        {
            var number = _lastNumber.GetValueOrDefault(project.Key) + 1;
            _lastNumber[project.Key] = number;
            return number;
        }
    }

    /// <summary>Marks a visibility change as a commit so cached search results are recomputed.</summary>
    public void Touch()
    {
        lock (_gate)
        {
            _revision++;
        }
    }

    private TicketRecord Register(TicketVersion version)
    {
        var record = new TicketRecord(version);
        _byId[version.Id] = record;
        IndexChange(null, version);
        return record;
    }

    private TicketVersion Stamp(TicketVersion version, DateTimeOffset now)
    {
        NoteCommit(now);
        return version with { Revision = ++_revision, CommittedAt = now, Caches = new TicketCaches() };
    }

    private void NoteCommit(DateTimeOffset at) =>
        Interlocked.Exchange(ref _lastCommitTicks, Math.Max(Interlocked.Read(ref _lastCommitTicks), at.UtcTicks));

    private void IndexChange(TicketVersion? before, TicketVersion after)
    {
        _byKey[after.Key] = after.Id;
        _lastNumber[after.Project.Key] = Math.Max(_lastNumber.GetValueOrDefault(after.Project.Key), after.Number);
        if (before?.ParentId != after.ParentId || after.IsDeleted)
        {
            Unlink(before?.ParentId, after.Id);
            if (!after.IsDeleted && after.ParentId is { } parent)
            {
                _children[parent] = [.. ChildrenOf(parent), after.Id];
            }
        }
    }

    private void Unlink(long? parent, long child)
    {
        if (parent is { } id)
        {
            _children[id] = [.. ChildrenOf(id).Where(c => c != child)];
        }
    }
}
