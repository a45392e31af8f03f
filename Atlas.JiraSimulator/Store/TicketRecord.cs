using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Store;

/// <summary>
/// All recent versions of one ticket (newest last) plus its visibility. Readers take the array without locks;
/// the store appends under its lock by swapping in a new array.
/// </summary>
internal sealed class TicketRecord(TicketVersion first)
{
    private const int MaxVersions = 32;
    private TicketVersion[] _versions = [first];
    private volatile bool _hidden;

    public long Id { get; } = first.Id;

    public TicketVersion Latest => Volatile.Read(ref _versions)[^1];

    /// <summary>The current version, or null once deleted.</summary>
    public TicketVersion? Current => Latest is { IsDeleted: false } latest ? latest : null;

    /// <summary>The user lost (or regained) permission to browse this ticket; takes effect immediately everywhere.</summary>
    public bool Hidden
    {
        get => _hidden;
        set => _hidden = value;
    }

    /// <summary>The newest version committed at or before <paramref name="cutoff"/>, or null if none or deleted.</summary>
    public TicketVersion? VisibleAt(DateTimeOffset cutoff)
    {
        var versions = Volatile.Read(ref _versions);
        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].CommittedAt <= cutoff)
            {
                return versions[i].IsDeleted ? null : versions[i];
            }
        }

        return null;
    }

    public void Append(TicketVersion version)
    {
        var versions = _versions;
        var keep = Math.Min(versions.Length, MaxVersions - 1);
        Volatile.Write(ref _versions, [.. versions.AsSpan(versions.Length - keep), version]);
    }
}
