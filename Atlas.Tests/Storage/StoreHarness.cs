using Atlas.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Storage;

/// <summary>A real SQLite file in a fresh temp folder, a store over it and a fake clock; deleted on dispose.</summary>
internal sealed class StoreHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly List<SqliteConnectionFactory> _factories = [];

    public StoreHarness()
    {
        Folder = Path.Combine(Path.GetTempPath(), "atlas-store-tests", Guid.NewGuid().ToString("N"));
        DatabasePath = Path.Combine(Folder, "nested", "atlas.db");
        Store = NewStore();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public TicketStore Store { get; }

    public SqliteConnectionFactory Connections => _factories[0];

    /// <summary>Another store on the same file, with its own connections: what a second process sees.</summary>
    public TicketStore NewStore() => new(NewFactory(), Time, NullLogger<TicketStore>.Instance);

    public SqliteConnectionFactory NewFactory(IReadOnlyList<SchemaMigration>? migrations = null)
    {
        var factory = new SqliteConnectionFactory(DatabasePath, new SchemaMigrator(migrations ?? SchemaMigration.Embedded, NullLogger<SchemaMigrator>.Instance));
        _factories.Add(factory);
        return factory;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<long> CountAsync(string sql) => (long)(await ScalarAsync(sql))!;

    /// <summary>Opens the file without the factory (no migration): for setting up odd databases.</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
