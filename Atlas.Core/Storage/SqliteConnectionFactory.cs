using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// Opens connections to the Atlas database, configured for several processes sharing one file (the CLI and the
/// Functions worker): WAL, a busy timeout, foreign keys. The first open creates the folder and migrates the schema.
/// </summary>
internal sealed class SqliteConnectionFactory : IDisposable
{
    /// <summary>The path that asks for a private in-memory database (tests).</summary>
    public const string InMemoryPath = ":memory:";

    /// <summary>How long a statement waits for another process's write lock before SQLITE_BUSY.</summary>
    public const int BusyTimeoutMs = 5000;

    // Per connection: these pragmas are not stored in the file (journal_mode=WAL is, and is set once in PrepareAsync).
    private static readonly string ConnectionPragmas = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;";

    private readonly SchemaMigrator _migrator;
    private readonly SemaphoreSlim _prepareGate = new(1, 1);
    private readonly string _connectionString;
    private SqliteConnection? _inMemoryAnchor;
    private volatile bool _prepared;

    public SqliteConnectionFactory(string databasePath, SchemaMigrator migrator)
    {
        _migrator = migrator;
        IsInMemory = databasePath == InMemoryPath;
        DatabasePath = IsInMemory ? databasePath : Path.GetFullPath(databasePath);
        _connectionString = BuildConnectionString();
    }

    /// <summary>The full path of the database file, or <c>:memory:</c>.</summary>
    public string DatabasePath { get; }

    public bool IsInMemory { get; }

    /// <summary>An open, configured connection to an up-to-date schema. The caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_prepared)
        {
            await PrepareAsync(cancellationToken);
        }

        return await OpenConfiguredAsync(cancellationToken);
    }

    public void Dispose()
    {
        _inMemoryAnchor?.Dispose();
        using var probe = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(probe); // release the file handles pooled connections keep open
        _prepareGate.Dispose();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _prepareGate.WaitAsync(cancellationToken);
        try
        {
            if (_prepared)
            {
                return;
            }

            await using var connection = await OpenFirstAsync(cancellationToken);
            await _migrator.MigrateAsync(connection, DatabasePath, cancellationToken);
            _prepared = true;
        }
        finally
        {
            _prepareGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenFirstAsync(CancellationToken cancellationToken)
    {
        if (IsInMemory)
        {
            // A shared in-memory database lives as long as one connection to it is open.
            _inMemoryAnchor ??= await OpenConfiguredAsync(cancellationToken);
            return await OpenConfiguredAsync(cancellationToken);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = await OpenConfiguredAsync(cancellationToken);
        await using var wal = connection.Command("PRAGMA journal_mode = WAL");
        await wal.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.Command(ConnectionPragmas);
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private string BuildConnectionString() => new SqliteConnectionStringBuilder
    {
        DataSource = IsInMemory ? $"atlas-{Guid.NewGuid():N}" : DatabasePath,
        Mode = IsInMemory ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
        Cache = IsInMemory ? SqliteCacheMode.Shared : SqliteCacheMode.Default,
        Pooling = true,
    }.ToString();
}
