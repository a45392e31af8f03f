using Atlas.Core.Conflicts;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;
using Atlas.Tests.Storage;

namespace Atlas.Tests.Conflicts;

/// <summary>
/// One ticket through a three-way merge on a real SQLite store: the base written by a "sync", a local override set by
/// the tester, then Jira's next version written under a policy. The due date is the field under test (it can be cleared
/// on either side); the summary changes in every Jira version so the write is never "unchanged".
/// </summary>
internal sealed class MergeScenario : IDisposable
{
    public const string BaseDue = "2025-07-01";

    private readonly StoreHarness _store = new();

    public MergeScenario() => Base = TestTickets.Create(1) with { DueDate = DateOnly.Parse(BaseDue, System.Globalization.CultureInfo.InvariantCulture) };

    public Ticket Base { get; }

    public TicketStore Store => _store.Store;

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _store.Time;

    public StoreHarness Harness => _store;

    public Task WriteBaseAsync() => Store.WritePageAsync(1, [Base], null, CancellationToken.None);

    /// <summary>The tester sets the due date (null clears it locally), at the fake clock's now.</summary>
    public Task EditLocallyAsync(string? due) =>
        Store.ApplyLocalEditAsync(Base.Id, new StoredEdit(new Dictionary<string, string?> { [MergeFields.DueDate] = due }, [], new Dictionary<string, string?>(), [], null), "tester", CancellationToken.None);

    /// <summary>Jira's next version, with this due date (null: cleared in Jira), updated at <paramref name="updated"/>.</summary>
    public Ticket JiraVersion(string? due, DateTimeOffset updated) => Base with
    {
        Summary = "Changed in Jira",
        DueDate = due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
        Updated = updated,
        ContentHash = $"hash-{due ?? "none"}-{updated.UtcTicks}",
    };

    public Task<PageWriteResult> SyncAsync(Ticket jira, ConflictPolicy policy) =>
        Store.WritePageAsync(2, [jira], null, CancellationToken.None, policy);

    public async Task<StoredTicket> ReadAsync() => (await Store.GetByIdAsync(Base.Id, CancellationToken.None))!;

    public async Task<IReadOnlyList<ConflictLogEntry>> LogAsync() => await Store.ListConflictLogAsync(100, null, CancellationToken.None);

    public async Task<IReadOnlyList<ConflictView>> PendingAsync() => await Store.ListPendingConflictsAsync(100, CancellationToken.None);

    public void Dispose() => _store.Dispose();
}
