using Atlas.Core.Storage;
using Atlas.Core.Sync;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreStateTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task SetWatermarkAsync_PerProject_ReadBackAsTheSameInstant()
    {
        var watermark = new DateTimeOffset(2025, 5, 20, 16, 45, 0, TimeSpan.FromHours(2));

        await Store.SetWatermarkAsync("WRKA", watermark, _ct);
        await Store.SetLastFullSyncAsync("WRKA", StoreHarness.Start, _ct);
        await Store.SetLastCensusAsync("WMB", StoreHarness.Start, _ct);

        var wrka = (await Store.GetProjectStateAsync("WRKA", _ct))!;
        Assert.Equal((watermark, StoreHarness.Start, (DateTimeOffset?)null), (wrka.Watermark!.Value, wrka.LastFullSyncAt!.Value, wrka.LastCensusAt));
        Assert.Null((await Store.GetProjectStateAsync("WMB", _ct))!.Watermark);
        Assert.Null(await Store.GetProjectStateAsync("NEVER", _ct));
    }

    [Fact]
    public async Task ClearCheckpointAsync_Saved_RemovedAndWatermarkKept()
    {
        await Store.SetWatermarkAsync("WRKA", StoreHarness.Start, _ct);
        await Store.SaveCheckpointAsync(new SyncCheckpoint("WRKA", SyncMode.Incremental, 3, "updated >= x", null, 4), _ct);
        var saved = await Store.GetCheckpointAsync("WRKA", _ct);

        await Store.ClearCheckpointAsync("WRKA", _ct);

        Assert.Equal(4, saved?.PagesDone);
        Assert.Null(await Store.GetCheckpointAsync("WRKA", _ct));
        Assert.Equal(StoreHarness.Start, (await Store.GetProjectStateAsync("WRKA", _ct))!.Watermark);
    }

    [Fact]
    public async Task SetMetaAsync_Overwritten_LatestValueRead()
    {
        await Store.SetMetaAsync(MetaKeys.JiraTimeZone, "Europe/Berlin", _ct);
        await Store.SetMetaAsync(MetaKeys.JiraTimeZone, "Asia/Kolkata", _ct);
        await Store.SetMetaAsync(MetaKeys.JiraAccountId, "acc-1", _ct);

        Assert.Equal("Asia/Kolkata", await Store.GetMetaAsync(MetaKeys.JiraTimeZone, _ct));
        Assert.Null(await Store.GetMetaAsync(MetaKeys.JiraLocale, _ct));
        Assert.Equal(2, (await Store.GetAllMetaAsync(_ct)).Count);
    }

    [Fact]
    public async Task SetLocalFieldAsync_SetOverwriteRemove_ListsCurrentValues()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);

        await Store.SetLocalFieldAsync(1, "testStatus", "failed", _ct);
        await Store.SetLocalFieldAsync(1, "testStatus", "passed", _ct);
        await Store.SetLocalFieldAsync(1, "tags", "smoke", _ct);
        var removed = await Store.RemoveLocalFieldAsync(1, "tags", _ct);

        Assert.True(removed);
        Assert.Equal([("testStatus", "passed")], (await Store.ListLocalFieldsAsync(1, _ct)).Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public async Task AddNoteAsync_UnknownTicket_SaysWhichTicketIsMissing()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.AddNoteAsync(404, "note", _ct));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNoteAsync_StoredTicket_ListedWithTimes()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);

        var note = await Store.AddNoteAsync(1, "repro needs VPN", _ct);

        Assert.Equal(note, Assert.Single(await Store.ListNotesAsync(1, _ct)));
        Assert.Equal(StoreHarness.Start, note.CreatedAt);
    }
}
