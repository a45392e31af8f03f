using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreWritePageTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task WritePageAsync_NewTickets_CountedCreatedAndReadBackExactly()
    {
        var ticket = TestTickets.Create(1) with { ResolutionDate = new DateTimeOffset(2025, 5, 21, 1, 2, 3, 4, TimeSpan.FromHours(-7)), Resolution = "Fixed", ParentKey = "WRKA-0" };

        var result = await Store.WritePageAsync(1, [ticket, TestTickets.Create(2)], null, _ct);
        var stored = (await Store.GetByIdAsync(1, _ct))!;

        Assert.Equal((2, 0, 0), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal([1L, 2L], result.WrittenIds);
        Assert.Equal(ticket with { Labels = [], Components = [], FixVersions = [] }, stored.Ticket with { Labels = [], Components = [], FixVersions = [] });
        Assert.Equal(ticket.Created.Offset, stored.Ticket.Created.Offset);
        Assert.Equal(TimeSpan.FromHours(-7), stored.Ticket.ResolutionDate!.Value.Offset);
        Assert.Equal(["backend", "regression"], stored.Ticket.Labels);
        Assert.Equal(["Login"], stored.Ticket.Components);
        Assert.Equal(["1.0"], stored.Ticket.FixVersions);
        Assert.Equal((StoreHarness.Start, StoreHarness.Start, 1L), (stored.FirstSyncedAt, stored.SyncedAt, stored.LastSeenRunId));
    }

    [Fact]
    public async Task WritePageAsync_InstantColumns_SortAsInstantsAcrossOffsets()
    {
        var early = TestTickets.Create(1) with { Updated = new DateTimeOffset(2025, 5, 20, 12, 0, 0, TimeSpan.FromHours(5)) }; // 07:00Z
        var late = TestTickets.Create(2) with { Updated = new DateTimeOffset(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(-1)) };  // 09:00Z
        await Store.WritePageAsync(1, [early, late], null, _ct);

        Assert.Equal(2L, await _harness.ScalarAsync("SELECT id FROM jira_tickets ORDER BY updated DESC LIMIT 1"));
        Assert.Equal(late.Updated.ToUnixTimeMilliseconds(), await _harness.ScalarAsync("SELECT updated FROM jira_tickets WHERE id = 2"));
    }

    [Fact]
    public async Task WritePageAsync_SameHash_CountedUnchangedAndNotRewritten()
    {
        var ticket = TestTickets.Create(1);
        await Store.WritePageAsync(1, [ticket], null, _ct);
        _harness.Time.Advance(TimeSpan.FromHours(1));

        var result = await Store.WritePageAsync(2, [ticket], null, _ct);
        var stored = (await Store.GetByIdAsync(1, _ct))!;

        Assert.Equal((0, 0, 1), (result.Created, result.Updated, result.Unchanged));
        Assert.Empty(result.WrittenIds);
        Assert.Equal(StoreHarness.Start, stored.SyncedAt);
        Assert.Equal(2L, stored.LastSeenRunId);
    }

    [Fact]
    public async Task WritePageAsync_ChangedHash_RewritesRowAndValuesKeepingFirstSynced()
    {
        var ticket = TestTickets.Create(1);
        await Store.WritePageAsync(1, [ticket], null, _ct);
        _harness.Time.Advance(TimeSpan.FromHours(1));

        var result = await Store.WritePageAsync(2, [TestTickets.Edited(ticket)], null, _ct);
        var stored = (await Store.GetByIdAsync(1, _ct))!;

        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal("Edited summary", stored.Ticket.Summary);
        Assert.Equal(["edited"], stored.Ticket.Labels);
        Assert.Equal(1L, await _harness.CountAsync("SELECT count(*) FROM jira_ticket_labels"));
        Assert.Equal((StoreHarness.Start, StoreHarness.Start.AddHours(1)), (stored.FirstSyncedAt, stored.SyncedAt));
    }

    [Fact]
    public async Task WritePageAsync_MixedPage_CountsEachKind()
    {
        var tickets = TestTickets.Range(1, 3);
        await Store.WritePageAsync(1, tickets[..2], null, _ct);

        var result = await Store.WritePageAsync(2, [tickets[0], TestTickets.Edited(tickets[1]), tickets[2]], null, _ct);

        Assert.Equal([3L], result.CreatedIds);
        Assert.Equal([2L], result.UpdatedIds);
        Assert.Equal(1, result.Unchanged);
    }

    [Fact]
    public async Task WritePageAsync_EmptyContentHash_StoreHashStillDetectsChanges()
    {
        var ticket = TestTickets.Create(1) with { ContentHash = "" };
        await Store.WritePageAsync(1, [ticket], null, _ct);

        var same = await Store.WritePageAsync(2, [ticket], null, _ct);
        var changed = await Store.WritePageAsync(3, [ticket with { Summary = "Different" }], null, _ct);

        Assert.Equal((1, 0), (same.Unchanged, same.Updated));
        Assert.Equal((0, 1), (changed.Unchanged, changed.Updated));
    }

    [Fact]
    public async Task WritePageAsync_TombstonedTicketSeenAgain_RevivedAndCountedCreated()
    {
        var ticket = TestTickets.Create(1);
        await Store.WritePageAsync(1, [ticket], null, _ct);
        await Store.TombstoneMissingAsync(["WRKA"], runId: 2, TombstoneReasons.NotInCensus, _ct);

        var result = await Store.WritePageAsync(3, [ticket], null, _ct);
        var stored = (await Store.GetByIdAsync(1, _ct))!;

        Assert.Equal([1L], result.CreatedIds);
        Assert.False(stored.IsDeleted);
        Assert.Null(stored.DeletedReason);
        Assert.Equal(1, (await Store.CountsAsync(_ct)).Live);
    }

    [Fact]
    public async Task WritePageAsync_MovedTicket_NewKeyAndProjectWithLocalDataKept()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);
        await Store.AddNoteAsync(1, "checked on staging", _ct);
        await Store.SetLocalFieldAsync(1, "testStatus", "passed", _ct);
        var moved = TestTickets.Create(1, project: "WMB", key: "WMB-7") with { ContentHash = "hash-moved" };

        var result = await Store.WritePageAsync(2, [moved], null, _ct);
        var stored = (await Store.GetByKeyAsync("WMB-7", _ct))!;

        Assert.Equal([1L], result.UpdatedIds);
        Assert.Equal((1L, "WMB"), (stored.Ticket.Id, stored.Ticket.Project));
        Assert.Equal("checked on staging", Assert.Single(stored.Notes).Body);
        Assert.Equal("passed", Assert.Single(stored.LocalFields).Value);
        Assert.Null(await Store.GetByKeyAsync("WRKA-1", _ct));
        Assert.Equal(7L, await _harness.ScalarAsync("SELECT key_number FROM jira_tickets WHERE id = 1"));
    }

    [Fact]
    public async Task WritePageAsync_KeyNowBelongsToAnotherId_StaleHolderTombstoned()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);
        var newcomer = TestTickets.Create(99, key: "WRKA-1");

        var result = await Store.WritePageAsync(2, [newcomer], null, _ct);
        var stale = (await Store.GetByIdAsync(1, _ct))!;

        Assert.Equal(["WRKA-1"], result.DisplacedKeys);
        Assert.Equal(TombstoneReasons.KeyReassigned, stale.DeletedReason);
        Assert.Equal(99L, (await Store.GetByKeyAsync("wrka-1", _ct))!.Ticket.Id);
    }

    [Fact]
    public async Task WritePageAsync_WithCheckpoint_SavedWithThePage()
    {
        var checkpoint = new SyncCheckpoint("WRKA", SyncMode.Full, 5, "project = WRKA ORDER BY id", "token-2", 2);

        await Store.WritePageAsync(5, TestTickets.Range(1, 2), checkpoint, _ct);

        Assert.Equal(checkpoint with { SavedAt = StoreHarness.Start }, await Store.GetCheckpointAsync("WRKA", _ct));
    }

    [Fact]
    public async Task WritePageAsync_FailureMidPage_NothingOfThePageNorItsCheckpointPersists()
    {
        var first = new SyncCheckpoint("WRKA", SyncMode.Full, 1, "project = WRKA", "token-1", 1);
        await Store.WritePageAsync(1, [TestTickets.Create(1)], first, _ct);
        var second = first with { NextPageToken = "token-2", PagesDone = 2 };
        var broken = TestTickets.Create(3) with { Summary = null! }; // violates NOT NULL after two good rows

        await Assert.ThrowsAsync<SqliteException>(() =>
            Store.WritePageAsync(1, [TestTickets.Edited(TestTickets.Create(1)), TestTickets.Create(2), broken], second, _ct));

        Assert.Equal(1L, await _harness.CountAsync("SELECT count(*) FROM jira_tickets"));
        Assert.Equal("Ticket 1 summary", (await Store.GetByIdAsync(1, _ct))!.Ticket.Summary);
        Assert.Equal(2L, await _harness.CountAsync("SELECT count(*) FROM jira_ticket_labels"));
        Assert.Equal("token-1", (await Store.GetCheckpointAsync("WRKA", _ct))!.NextPageToken);
    }

    [Fact]
    public async Task WritePageAsync_CheckpointFails_TicketsOfThePageRolledBack()
    {
        var invalid = new SyncCheckpoint("WRKA", SyncMode.Full, 1, Jql: null!, "token", 1); // CHECK: a checkpoint needs its JQL

        await Assert.ThrowsAsync<SqliteException>(() => Store.WritePageAsync(1, TestTickets.Range(1, 3), invalid, _ct));

        Assert.Equal(0L, await _harness.CountAsync("SELECT count(*) FROM jira_tickets"));
        Assert.Null(await Store.GetCheckpointAsync("WRKA", _ct));
    }

    [Fact]
    public async Task WritePageAsync_MalformedKey_RefusedWithTheTicketNamed()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.WritePageAsync(1, [TestTickets.Create(4, key: "NOT_A_KEY")], null, _ct));

        Assert.Contains("NOT_A_KEY", error.Message, StringComparison.Ordinal);
    }
}
