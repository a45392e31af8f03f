using Atlas.Core;
using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Storage;

public sealed class StoreIntegrityTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task IntegrityCheck_AfterEveryKindOfWrite_IsOk()
    {
        var store = _harness.Store;
        var runId = await store.StartRunAsync(SyncMode.Full, "cli", ["WRKA", "WMB"], StoreHarness.Start, _ct);
        await store.TryAcquireLeaseAsync(SyncLease.Sync, "cli", runId, TimeSpan.FromMinutes(5), _ct);
        await store.WritePageAsync(runId, TestTickets.Range(1, 50), new SyncCheckpoint("WRKA", SyncMode.Full, runId, "project = WRKA", "t1", 1), _ct);
        await store.AddNoteAsync(3, "note", _ct);
        await store.SetLocalFieldAsync(4, "testStatus", "blocked", _ct);
        await store.WritePageAsync(runId, [.. TestTickets.Range(1, 10).Select(t => TestTickets.Edited(t)), TestTickets.Create(4, "WMB", "WMB-1")], null, _ct);
        await store.MarkSeenAsync(runId + 1, [.. Enumerable.Range(1, 40).Select(i => (long)i)], _ct);
        await store.TombstoneMissingAsync(["WRKA", "WMB"], runId + 1, TombstoneReasons.NotInCensus, _ct);
        await store.WritePageAsync(runId + 2, [TestTickets.Create(45)], null, _ct);
        await store.AddRejectionAsync(runId, "WRKA-x", null, "bad key", _ct);
        await store.FinishRunAsync(new SyncReport { RunId = runId, Mode = SyncMode.Full, Trigger = "cli", Status = SyncStatus.Success, StartedAt = StoreHarness.Start }, _ct);
        await store.ReleaseLeaseAsync(SyncLease.Sync, "cli", _ct);

        Assert.Equal("ok", await _harness.ScalarAsync("PRAGMA integrity_check"));
        Assert.Null(await _harness.ScalarAsync("PRAGMA foreign_key_check"));
        await _harness.ScalarAsync("INSERT INTO jira_tickets_fts (jira_tickets_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal(41, (await store.CountsAsync(_ct)).Live);
    }

    [Fact]
    public async Task AddAtlasCore_ConfiguredPath_StoreCreatesAndUsesThatFile()
    {
        var path = Path.Combine(_harness.Folder, "from-config", "mirror.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Atlas:Jira:BaseUrl"] = "https://example.atlassian.net",
            ["Atlas:Jira:Email"] = "tester@example.com",
            ["Atlas:Jira:ApiToken"] = "token-value",
            ["Atlas:Jira:Projects:0"] = "WRKA",
            ["Atlas:Database:Path"] = path,
        }).Build();
        await using var provider = new ServiceCollection().AddAtlasCore(configuration).BuildServiceProvider();

        var store = provider.GetRequiredService<TicketStore>();
        await store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);

        Assert.Same(store, provider.GetRequiredService<TicketStore>());
        Assert.Equal(path, provider.GetRequiredService<SqliteConnectionFactory>().DatabasePath);
        Assert.True(File.Exists(path));
    }
}
