using Atlas.Core.Storage;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreReadTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("WRKA-2")]
    [InlineData("wrka-2")]
    public async Task GetByKeyAsync_AnyCase_FindsTheTicket(string key)
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 3), null, _ct);

        Assert.Equal(2L, (await Store.GetByKeyAsync(key, _ct))?.Ticket.Id);
    }

    [Fact]
    public async Task GetByKeyAsync_Unknown_Null()
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 3), null, _ct);

        Assert.Null(await Store.GetByKeyAsync("WRKA-30", _ct));
    }

    [Fact]
    public async Task GetByIdsAsync_ManyIds_InTheOrderAskedWithTheirOwnValues()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1), TestTickets.Create(2) with { Labels = ["two"] }, TestTickets.Create(3) with { Labels = [] }], null, _ct);

        var tickets = await Store.GetByIdsAsync([3, 99, 1, 2], _ct);

        Assert.Equal([3L, 1L, 2L], tickets.Select(t => t.Ticket.Id));
        Assert.Equal([[], ["backend", "regression"], ["two"]], tickets.Select(t => t.Ticket.Labels));
    }

    [Fact]
    public async Task GetMaxUpdatedAsync_MixedOffsets_LatestInstantWithJirasOffset()
    {
        var latest = new DateTimeOffset(2025, 5, 20, 1, 0, 0, TimeSpan.FromHours(-8));   // 09:00Z
        var earlier = new DateTimeOffset(2025, 5, 20, 13, 0, 0, TimeSpan.FromHours(5));  // 08:00Z, later wall clock
        await Store.WritePageAsync(1, [TestTickets.Create(1) with { Updated = latest }, TestTickets.Create(2) with { Updated = earlier }], null, _ct);

        var max = await Store.GetMaxUpdatedAsync("WRKA", _ct);

        Assert.Equal(latest, max);
        Assert.Equal(latest.Offset, max!.Value.Offset);
        Assert.Null(await Store.GetMaxUpdatedAsync("WMB", _ct));
    }

    [Fact]
    public async Task GetRecentlyUpdatedIdsAsync_SinceAndLimit_MostRecentFirst()
    {
        await Store.WritePageAsync(1, TestTickets.Range(1, 5), null, _ct); // ticket n is updated n minutes after the base
        var since = TestTickets.Create(2).Updated;

        var ids = await Store.GetRecentlyUpdatedIdsAsync("WRKA", since, 3, _ct);

        Assert.Equal([5L, 4L, 3L], ids);
    }

    [Fact]
    public async Task CountsAsync_EmptyStore_Zeroes()
    {
        var counts = await Store.CountsAsync(_ct);

        Assert.Equal((0, 0), (counts.Live, counts.Tombstoned));
        Assert.Empty(counts.LiveByProject);
    }
}
