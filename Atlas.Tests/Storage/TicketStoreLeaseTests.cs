using Atlas.Core.Storage;
using Atlas.Core.Sync;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreLeaseTests : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task TryAcquireLeaseAsync_Free_AcquiredUntilNowPlusDuration()
    {
        var attempt = await Store.TryAcquireLeaseAsync(SyncLease.Sync, "cli-1", 7, Duration, _ct);

        Assert.True(attempt.Acquired);
        Assert.Equal(new SyncLease(SyncLease.Sync, "cli-1", 7, StoreHarness.Start, StoreHarness.Start + Duration), await Store.GetLeaseAsync(SyncLease.Sync, _ct));
    }

    [Theory]
    [InlineData("timer-1")]
    [InlineData("cli-1")] // the holder itself must not start a second sync either
    public async Task TryAcquireLeaseAsync_HeldAndUnexpired_RefusedNamingTheHolder(string secondOwner)
    {
        await Store.TryAcquireLeaseAsync(SyncLease.Sync, "cli-1", 7, Duration, _ct);
        _harness.Time.Advance(Duration - TimeSpan.FromSeconds(1));

        var attempt = await _harness.NewStore().TryAcquireLeaseAsync(SyncLease.Sync, secondOwner, 8, Duration, _ct);

        Assert.False(attempt.Acquired);
        Assert.Equal(("cli-1", 7L), (attempt.Current.Owner, attempt.Current.RunId));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_Expired_TakenOverAndAbandonedRunFailed()
    {
        var abandoned = await Store.StartRunAsync(SyncMode.Full, "timer", ["WRKA"], StoreHarness.Start, _ct);
        await Store.TryAcquireLeaseAsync(SyncLease.Sync, "crashed-worker", abandoned, Duration, _ct);
        _harness.Time.Advance(Duration);

        var attempt = await Store.TryAcquireLeaseAsync(SyncLease.Sync, "cli-2", 9, Duration, _ct);
        var run = (await Store.GetRunAsync(abandoned, _ct))!;

        Assert.True(attempt.Acquired);
        Assert.Equal("crashed-worker", attempt.TakenOverFrom?.Owner);
        Assert.Equal(SyncStatus.Failed, run.Report.Status);
        Assert.Contains("lease", run.Report.Error, StringComparison.Ordinal);
        Assert.Null(await Store.GetRunningRunAsync(_ct));
    }

    [Fact]
    public async Task ReleaseLeaseAsync_ByHolder_FreesItForTheNext()
    {
        await Store.TryAcquireLeaseAsync(SyncLease.Sync, "cli-1", null, Duration, _ct);

        var byStranger = await Store.ReleaseLeaseAsync(SyncLease.Sync, "timer-1", _ct);
        var byHolder = await Store.ReleaseLeaseAsync(SyncLease.Sync, "cli-1", _ct);
        var next = await Store.TryAcquireLeaseAsync(SyncLease.Sync, "timer-1", null, Duration, _ct);

        Assert.Equal((false, true, true), (byStranger, byHolder, next.Acquired));
    }

    [Fact]
    public async Task RenewLeaseAsync_Holder_ExtendsExpiry()
    {
        await Store.TryAcquireLeaseAsync(SyncLease.Sync, "cli-1", null, Duration, _ct);
        _harness.Time.Advance(TimeSpan.FromMinutes(4));

        Assert.True(await Store.RenewLeaseAsync(SyncLease.Sync, "cli-1", Duration, _ct));
        _harness.Time.Advance(TimeSpan.FromMinutes(4));

        Assert.False((await Store.TryAcquireLeaseAsync(SyncLease.Sync, "timer-1", null, Duration, _ct)).Acquired);
    }

    [Fact]
    public async Task RenewLeaseAsync_AfterTakeover_ReturnsFalse()
    {
        await Store.TryAcquireLeaseAsync(SyncLease.Sync, "slow-1", null, Duration, _ct);
        _harness.Time.Advance(Duration + TimeSpan.FromSeconds(1));
        await Store.TryAcquireLeaseAsync(SyncLease.Sync, "fast-2", null, Duration, _ct);

        Assert.False(await Store.RenewLeaseAsync(SyncLease.Sync, "slow-1", Duration, _ct));
        Assert.Equal("fast-2", (await Store.GetLeaseAsync(SyncLease.Sync, _ct))?.Owner);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_RacingConnections_ExactlyOneWins()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => _harness.NewStore()).ToList();
        await stores[0].GetLeaseAsync(SyncLease.Sync, _ct); // migrate first, so the race is about the lease alone
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = stores.Select((store, i) => Task.Run(async () =>
        {
            await start.Task;
            return await store.TryAcquireLeaseAsync(SyncLease.Sync, $"process-{i}", i, Duration, _ct);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, result => result.Acquired);
        Assert.All(results, result => Assert.Equal(winner.Current.Owner, result.Current.Owner));
    }
}
