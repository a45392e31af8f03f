using Atlas.Core.Tickets;

namespace Atlas.Core.Storage;

/// <summary>A ticket as the store holds it: the last synced version, its sync bookkeeping and the tester's local data.</summary>
internal sealed record StoredTicket(
    Ticket Ticket,
    DateTimeOffset FirstSyncedAt,
    DateTimeOffset SyncedAt,
    long? LastSeenRunId,
    DateTimeOffset? DeletedAt,
    string? DeletedReason)
{
    /// <summary>True for a tombstone: Jira no longer shows the ticket; its row and local data are kept.</summary>
    public bool IsDeleted => DeletedAt is not null;

    public IReadOnlyList<LocalNote> Notes { get; init; } = [];

    public IReadOnlyList<LocalField> LocalFields { get; init; } = [];

    /// <summary>The tester's values for synced fields (<see cref="Conflicts.MergeFields"/>), shown instead of Jira's.</summary>
    public IReadOnlyList<StoredOverride> Overrides { get; init; } = [];
}

/// <summary>A local override of a synced field; for the assignee, the account id of a known user with that name, if any.</summary>
internal sealed record StoredOverride(long TicketId, string Field, string? Value, DateTimeOffset EditedAt, string? AccountId);

/// <summary>A tester's note on a ticket; never written by sync.</summary>
internal sealed record LocalNote(long Id, long TicketId, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A local-only field (test status, tags...) or local override; never written by sync.</summary>
internal sealed record LocalField(long TicketId, string Name, string? Value, DateTimeOffset UpdatedAt);

/// <summary>Live tickets (tombstones excluded) in total and per project, and how many tombstones there are.</summary>
internal sealed record TicketCounts(int Live, int Tombstoned, IReadOnlyDictionary<string, int> LiveByProject);

/// <summary>Why a ticket was tombstoned (<c>deleted_reason</c>); callers may pass their own words too.</summary>
internal static class TombstoneReasons
{
    /// <summary>The id census did not list it: deleted, moved out of the synced projects, or no longer visible.</summary>
    public const string NotInCensus = "not-in-census";

    /// <summary>Jira gave its key to another issue id, so this row cannot be what that key names any more.</summary>
    public const string KeyReassigned = "key-reassigned";
}
