using Atlas.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Storage;

public sealed class SchemaMigratorTests : IDisposable
{

    private static readonly string[] ExpectedTables =
    [
        "jira_tickets", "jira_ticket_labels", "jira_ticket_components", "jira_ticket_fix_versions", "jira_tickets_fts",
        "local_notes", "local_fields", "sync_runs", "sync_project_state", "sync_rejections", "sync_lease", "atlas_meta",
        "local_overrides", "conflicts", "conflict_fields", "conflict_log",
    ];

    /// <summary>The newest embedded migration's version: what a fresh database is migrated to.</summary>
    private static readonly long Latest = SchemaMigration.Embedded[^1].Version;

    private readonly StoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task OpenAsync_EmptyFolder_CreatesFileAndAppliesSchema()
    {
        Assert.Equal(Latest, await _harness.ScalarAsync("PRAGMA user_version"));
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
        Assert.Equal(Latest, await _harness.ScalarAsync("PRAGMA user_version"));
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
        var upgraded = _harness.NewFactory([.. SchemaMigration.Embedded, new SchemaMigration((int)Latest + 1, "999_extra.sql", "CREATE TABLE extra (id INTEGER PRIMARY KEY);")]);

        await using (await upgraded.OpenAsync(CancellationToken.None))
        {
        }

        Assert.Equal(Latest + 1, await _harness.ScalarAsync("PRAGMA user_version"));
        Assert.Equal(1L, await _harness.CountAsync("SELECT count(*) FROM sqlite_master WHERE name = 'extra'"));
    }

    [Fact]
    public async Task OpenAsync_VersionTwoDatabase_MovesDocumentsBesideTheRowsAndCompacts()
    {
        var versionTwo = _harness.NewFactory([.. SchemaMigration.Embedded.Take(2)]);
        await using (await versionTwo.OpenAsync(CancellationToken.None))
        {
        }

        // 400 tickets with 6 KB of issue JSON each: dropping the column in place would leave ~2.4 MB of half-empty pages.
        await _harness.ExecuteRawAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
            INSERT INTO jira_tickets (id, key, project, key_number, summary, description_adf, status, status_category, issue_type,
                created, created_text, updated, updated_text, raw_json, content_hash, first_synced_at, synced_at)
            SELECT 10000 + i, 'WRKA-' || i, 'WRKA', i, 'Login fails', '{"type":"doc"}', 'Open', 'new', 'Bug',
                0, '2025-06-02T08:00:00.0000000+00:00', 0, '2025-06-02T08:00:00.0000000+00:00',
                '{"id":"' || (10000 + i) || '","pad":"' || hex(randomblob(3000)) || '"}', 'h', 0, 0
            FROM n;
            """);

        var ticket = await _harness.Store.GetByIdAsync(10001, CancellationToken.None);

        Assert.Equal(Latest, await _harness.ScalarAsync("PRAGMA user_version"));
        Assert.StartsWith("{\"id\":\"10001\",\"pad\":\"", ticket!.Ticket.RawJson, StringComparison.Ordinal);
        Assert.Equal("{\"type\":\"doc\"}", ticket.Ticket.DescriptionAdf);
        Assert.Equal(0L, await _harness.CountAsync("SELECT count(*) FROM pragma_table_info('jira_tickets') WHERE name IN ('raw_json', 'description_adf')"));
        var documentBytes = await _harness.CountAsync("SELECT sum(length(raw_json)) FROM jira_ticket_documents");
        var fileBytes = await _harness.CountAsync("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
        Assert.True(fileBytes < documentBytes * 1.5, $"{fileBytes} bytes in the file for {documentBytes} bytes of documents: not compacted");
    }

    [Fact]
    public async Task OpenAsync_FailingMigration_RolledBackToThePreviousVersion()
    {
        await _harness.ScalarAsync("SELECT 1");
        var broken = _harness.NewFactory([.. SchemaMigration.Embedded, new SchemaMigration((int)Latest + 1, "999_broken.sql", "CREATE TABLE half_done (id INTEGER); INSERT INTO missing_table VALUES (1);")]);

        await Assert.ThrowsAsync<SqliteException>(() => broken.OpenAsync(CancellationToken.None));

        Assert.Equal(Latest, await _harness.ScalarAsync("PRAGMA user_version"));
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
