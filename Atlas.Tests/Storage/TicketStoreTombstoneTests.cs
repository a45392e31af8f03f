using Atlas.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreTombstoneTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task TombstoneMissingAsync_TicketNotInCensus_TombstonedWithLocalDataKept()
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 3), null, _ct);
        await Store.AddNoteAsync(3, "flaky on CI", _ct);
        _harness.Time.Advance(TimeSpan.FromDays(1));
        await Store.MarkSeenAsync(2, [1, 2], _ct);

        var keys = await Store.TombstoneMissingAsync(["WRKA"], 2, TombstoneReasons.NotInCensus, _ct);
        var gone = (await Store.GetByKeyAsync("WRKA-3", _ct))!;

        Assert.Equal(["WRKA-3"], keys);
        Assert.True(gone.IsDeleted);
        Assert.Equal((StoreHarness.Start.AddDays(1), TombstoneReasons.NotInCensus), (gone.DeletedAt, gone.DeletedReason));
        Assert.Equal("flaky on CI", Assert.Single(gone.Notes).Body);
    }

    [Fact]
    public async Task TombstoneMissingAsync_Tombstones_ExcludedFromCounts()
    {
        await Store.WritePageAsync(1, [.. TestTickets.Range(1, 3), .. TestTickets.Range(10, 2, "WMB")], null, _ct);
        await Store.MarkSeenAsync(2, [1, 10, 11], _ct);

        await Store.TombstoneMissingAsync(["WRKA", "WMB"], 2, TombstoneReasons.NotInCensus, _ct);
        var counts = await Store.CountsAsync(_ct);

        Assert.Equal((3, 2), (counts.Live, counts.Tombstoned));
        Assert.Equal(1, counts.LiveByProject["WRKA"]);
        Assert.Equal(2, counts.LiveByProject["WMB"]);
    }

    [Fact]
    public async Task TombstoneMissingAsync_ProjectNotListed_LeftAlone()
    {
        await Store.WritePageAsync(1, [.. TestTickets.Range(1, 2), .. TestTickets.Range(10, 2, "WMB")], null, _ct);

        var keys = await Store.TombstoneMissingAsync(["WRKA"], 2, TombstoneReasons.NotInCensus, _ct);

        Assert.Equal(["WRKA-1", "WRKA-2"], keys.Order());
        Assert.Equal([10L, 11L], await Store.GetLiveIdsAsync(["WMB"], _ct));
    }

    [Fact]
    public async Task TombstoneMissingAsync_TicketsWrittenInTheSameRun_CountAsSeen()
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 2), null, _ct);
        await Store.WritePageAsync(2, [TestTickets.Create(2)], null, _ct);

        var keys = await Store.TombstoneMissingAsync(["WRKA"], 2, TombstoneReasons.NotInCensus, _ct);

        Assert.Equal(["WRKA-1"], keys);
    }

    [Fact]
    public async Task MarkSeenAsync_IdsWithoutLiveRow_Returned()
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 2), null, _ct);
        await Store.MarkSeenAsync(2, [1], _ct);
        await Store.TombstoneMissingAsync(["WRKA"], 2, TombstoneReasons.NotInCensus, _ct);

        var missing = await Store.MarkSeenAsync(3, [1, 2, 50], _ct);

        Assert.Equal([2L, 50L], missing.Order());
        Assert.Equal(3L, (await Store.GetByIdAsync(1, _ct))!.LastSeenRunId);
        Assert.Equal(1L, (await Store.GetByIdAsync(2, _ct))!.LastSeenRunId); // a tombstone is not "seen" until fetched again
    }

    [Fact]
    public async Task GetLiveIdsAsync_Tombstones_Excluded()
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 3), null, _ct);
        await Store.MarkSeenAsync(2, [1, 3], _ct);
        await Store.TombstoneMissingAsync(["WRKA"], 2, TombstoneReasons.NotInCensus, _ct);

        Assert.Equal([1L, 3L], await Store.GetLiveIdsAsync(["WRKA"], _ct));
    }

    [Fact]
    public async Task Schema_HardDeleteOfTicketWithNotes_Refused()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);
        await Store.AddNoteAsync(1, "keep me", _ct);

        var error = await Assert.ThrowsAsync<SqliteException>(() => _harness.ScalarAsync("DELETE FROM jira_tickets WHERE id = 1"));

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
    }
}
