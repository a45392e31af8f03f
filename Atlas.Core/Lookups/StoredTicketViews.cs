using Atlas.Core.Conflicts;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;

namespace Atlas.Core.Lookups;

/// <summary>Builds the shown form of a stored ticket: effective values (local overrides over Jira's), tombstone, local data.</summary>
internal static class StoredTicketViews
{
    public static TicketView ToView(this StoredTicket stored, string source, DateTimeOffset fetchedAt, bool stale = false) =>
        TicketView.From(Effective(stored), source, fetchedAt) with
        {
            Stale = stale,
            Deleted = stored.IsDeleted,
            DeletedAt = stored.DeletedAt,
            Local = new LocalDataView(
                [.. stored.Notes.Select(n => new NoteView(n.Id, n.Body, n.CreatedAt, n.UpdatedAt))],
                stored.LocalFields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal))
            {
                Overrides = stored.Overrides.ToDictionary(
                    o => o.Field,
                    o => new OverrideView(o.Value, MergeFields.ValueOf(stored.Ticket, o.Field), o.EditedAt),
                    StringComparer.Ordinal),
            },
        };

    /// <summary>The cached form: fetched when the sync last wrote it.</summary>
    public static TicketView ToCachedView(this StoredTicket stored, bool stale) =>
        stored.ToView(TicketSources.Cache, stored.SyncedAt, stale);

    private static Ticket Effective(StoredTicket stored) =>
        stored.Overrides.Aggregate(stored.Ticket, (ticket, o) => MergeFields.Apply(ticket, o.Field, o.Value, o.AccountId));
}
