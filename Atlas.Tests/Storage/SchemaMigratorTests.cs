using Atlas.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Storage;

public sealed class SchemaMigratorTests : IDisposable
{
    // The newest shipped migration: tests that add one of their own number it after this.
    private static readonly int Latest = SchemaMigration.Embedded[^1].Version;

    private static readonly string[] ExpectedTables =
    [
        "jira_tickets", "jira_ticket_labels", "jira_ticket_components", "jira_ticket_fix_versions", "jira_tickets_fts",
        "local_notes", "local_fields", "sync_runs", "sync_project_state", "sync_rejections", "sync_lease", "atlas_meta",
        "local_overrides", "conflicts", "conflict_fields", "conflict_log",
    ];

    private readonly StoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task OpenAsync_EmptyFolder_CreatesFileAndAppliesSchema()
    {
        Assert.Equal((long)Latest, await _harness.ScalarAsync("PRAGMA user_version"));
        Assert.True(File.Exists(_harness.DatabasePath));
        foreach (var table in ExpectedTables)
        {
            Assert.Equal(1L, await _harness.CountAsync($"SELECT count(*) FROM sqlite_master WHERE name = '{table}'"));
        }
    }

    [Fact]
    public void Embedded_FirstMigration_IsTheAtlasSchema()
    {
        var first = SchemaMigration.Embedded[0];

        Assert.Equal((1, "001_atlas_schema.sql"), (first.Version, first.Name));
        Assert.Contains("CREATE TABLE jira_tickets", first.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_Reopened_KeepsDataAndDoesNotReapply()
    {
        await _harness.Store.WritePageAsync(1, [TestTickets.Create(1)], null, CancellationToken.None);

        // A second factory is a fresh process: re-running 001 would fail on CREATE TABLE.
        var reopened = _harness.NewStore();
        var ticket = await reopened.GetByIdAsync(1, CancellationToken.None);

        Assert.NotNull(ticket);
        Assert.Equal((long)Latest, await _harness.ScalarAsync("PRAGMA user_version"));
    }

    [Fact]
    public async Task OpenAsync_DatabaseNewerThanCode_RefusedWithClearMessage()
    {
        await _harness.ExecuteRawAsync("PRAGMA user_version = 42");
        var factory = _harness.NewFactory();

        var error = await Assert.ThrowsAsync<DatabaseTooNewException>(() => factory.OpenAsync(CancellationToken.None));

        Assert.Contains("schema version 42", error.Message, StringComparison.Ordinal);
        Assert.Contains($"only up to {Latest}", error.Message, StringComparison.Ordinal);
        Assert.Contains(_harness.DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_LaterMigration_AppliedOnceOnAnUpToDateDatabase()
    {
        await _harness.ScalarAsync("SELECT 1");
        var upgraded = _harness.NewFactory([.. SchemaMigration.Embedded, new SchemaMigration(Latest + 1, $"{Latest + 1:000}_extra.sql", "CREATE TABLE extra (id INTEGER PRIMARY KEY);")]);

        await using (await upgraded.OpenAsync(CancellationToken.None))
        {
        }

        Assert.Equal(Latest + 1L, await _harness.ScalarAsync("PRAGMA user_version"));
        Assert.Equal(1L, await _harness.CountAsync("SELECT count(*) FROM sqlite_master WHERE name = 'extra'"));
    }

    [Fact]
    public async Task OpenAsync_FailingMigration_RolledBackToThePreviousVersion()
    {
        await _harness.ScalarAsync("SELECT 1");
        var broken = _harness.NewFactory([.. SchemaMigration.Embedded, new SchemaMigration(Latest + 1, $"{Latest + 1:000}_broken.sql", "CREATE TABLE half_done (id INTEGER); INSERT INTO missing_table VALUES (1);")]);

        await Assert.ThrowsAsync<SqliteException>(() => broken.OpenAsync(CancellationToken.None));

        Assert.Equal((long)Latest, await _harness.ScalarAsync("PRAGMA user_version"));
        Assert.Equal(0L, await _harness.CountAsync("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
    }

    [Fact]
    public void EnsureContiguous_GapInNumbers_Throws()
    {
        SchemaMigration[] gap = [new(1, "001_a.sql", ""), new(3, "003_c.sql", "")];

        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigration.EnsureContiguous(gap));

        Assert.Contains("003_c.sql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PRAGMA journal_mode", "wal")]
    [InlineData("PRAGMA foreign_keys", 1L)]
    [InlineData("PRAGMA busy_timeout", 5000L)]
    [InlineData("PRAGMA synchronous", 1L)] // NORMAL
    public async Task OpenAsync_Connection_IsConfiguredForSharedUse(string pragma, object expected)
    {
        Assert.Equal(expected, await _harness.ScalarAsync(pragma));
    }

    [Fact]
    public async Task OpenAsync_BundledSqlite_HasFts5()
    {
        Assert.Equal(1L, await _harness.ScalarAsync("SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
    }

    [Fact]
    public async Task OpenAsync_InMemoryPath_SharesOneDatabaseAcrossConnections()
    {
        using var factory = new SqliteConnectionFactory(SqliteConnectionFactory.InMemoryPath, new SchemaMigrator(SchemaMigration.Embedded, Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance));
        var store = new TicketStore(factory, _harness.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<TicketStore>.Instance);

        await store.WritePageAsync(1, [TestTickets.Create(7)], null, CancellationToken.None);

        Assert.Equal("WRKA-7", (await store.GetByIdAsync(7, CancellationToken.None))?.Ticket.Key);
        Assert.False(File.Exists(SqliteConnectionFactory.InMemoryPath));
    }
}
