using Atlas.Core.Storage;

namespace Atlas.Tests.Storage;

public sealed class TicketStoreFullTextTests : IDisposable
{
    private readonly StoreHarness _harness = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    private TicketStore Store => _harness.Store;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Match_SummaryWord_FindsTicketWithPorterStemming()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1) with { Summary = "Login fails after password reset" }, TestTickets.Create(2)], null, _ct);

        Assert.Equal([1L], await MatchAsync("summary : logins"));
        Assert.Equal([1L], await MatchAsync("resetting"));
        Assert.Equal([2L], await MatchAsync("description : \"ticket 2\""));
    }

    [Fact]
    public async Task Match_AfterUpdate_FindsNewWordsNotOld()
    {
        var ticket = TestTickets.Create(1) with { Summary = "Crash on startup" };
        await Store.WritePageAsync(1, [ticket], null, _ct);

        await Store.WritePageAsync(2, [TestTickets.Edited(ticket, summary: "Freeze on shutdown")], null, _ct);

        Assert.Empty(await MatchAsync("crash"));
        Assert.Equal([1L], await MatchAsync("freeze"));
        await AssertFtsConsistentAsync();
    }

    [Fact]
    public async Task Match_Tombstoned_NotFoundUntilRevived()
    {
        var ticket = TestTickets.Create(1) with { Environment = "Safari on iPad" };
        await Store.WritePageAsync(1, [ticket], null, _ct);

        await Store.TombstoneMissingAsync(["WRKA"], 2, TombstoneReasons.NotInCensus, _ct);
        var whileDeleted = await MatchAsync("environment : ipad");
        await AssertFtsConsistentAsync();
        await Store.WritePageAsync(3, [ticket], null, _ct);

        Assert.Empty(whileDeleted);
        Assert.Equal([1L], await MatchAsync("environment : ipad"));
        await AssertFtsConsistentAsync();
    }

    [Fact]
    public async Task Match_UnchangedRewrite_KeepsOneIndexEntry()
    {
        var ticket = TestTickets.Create(1) with { Summary = "Checkout button missing" };
        await Store.WritePageAsync(1, [ticket], null, _ct);

        await Store.WritePageAsync(2, [ticket], null, _ct);
        await Store.WritePageAsync(3, [ticket with { ContentHash = "other" }], null, _ct);

        Assert.Equal([1L], await MatchAsync("checkout"));
        await AssertFtsConsistentAsync();
    }

    [Fact]
    public async Task Match_OnlyNonTextFieldsChanged_StillFoundAndConsistent()
    {
        var ticket = TestTickets.Create(1) with { Summary = "Avatar upload slow" };
        await Store.WritePageAsync(1, [ticket], null, _ct);

        await Store.WritePageAsync(2, [ticket with { Status = "Done", StatusCategory = "done", ContentHash = "done" }], null, _ct);

        Assert.Equal([1L], await MatchAsync("avatar"));
        await AssertFtsConsistentAsync();
    }

    [Fact]
    public async Task IntegrityCheck_IndexDriftedFromTickets_IsDetected()
    {
        await Store.WritePageAsync(1, [TestTickets.Create(1)], null, _ct);

        await _harness.ScalarAsync("INSERT INTO jira_tickets_fts (rowid, summary, description, environment) VALUES (999, 'ghost', NULL, NULL)");

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(AssertFtsConsistentAsync);
    }

    private async Task<List<long>> MatchAsync(string query)
    {
        await using var connection = await _harness.Connections.OpenAsync(_ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM jira_tickets_fts WHERE jira_tickets_fts MATCH $query ORDER BY rowid";
        command.Parameters.AddWithValue("$query", query);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(_ct);
        while (await reader.ReadAsync(_ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    // FTS5 compares its index with the external content (the live tickets) and fails on any difference.
    private Task AssertFtsConsistentAsync() =>
        _harness.ScalarAsync("INSERT INTO jira_tickets_fts (jira_tickets_fts, rank) VALUES ('integrity-check', 1)");
}
