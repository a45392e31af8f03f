using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Atlas.Core.Storage;

/// <summary>
/// Brings a database up to the latest schema: each pending migration runs in its own transaction together with
/// <c>PRAGMA user_version = N</c>, so a failed migration leaves the previous version intact.
/// </summary>
internal sealed class SchemaMigrator(IReadOnlyList<SchemaMigration> migrations, ILogger<SchemaMigrator> logger)
{
    public int LatestVersion { get; } = migrations.Count == 0 ? 0 : migrations[^1].Version;

    /// <summary>Applies what is missing; one cheap <c>PRAGMA</c> read when the database is up to date.</summary>
    public async Task MigrateAsync(SqliteConnection connection, string databasePath, CancellationToken cancellationToken)
    {
        var current = await ReadVersionAsync(connection, null, cancellationToken);
        if (current > LatestVersion)
        {
            throw new DatabaseTooNewException(databasePath, current, LatestVersion);
        }

        var pending = migrations.Where(m => m.Version > current).ToList();
        foreach (var migration in pending)
        {
            await ApplyAsync(connection, migration, databasePath, cancellationToken);
        }

        if (current > 0 && pending.Any(migration => migration.VacuumAfter))
        {
            await using var vacuum = connection.Command("VACUUM");
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("PRAGMA user_version", transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ApplyAsync(SqliteConnection connection, SchemaMigration migration, string databasePath, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginWriteAsync(cancellationToken);

        // Another process may have applied it while this one waited for the write lock.
        if (await ReadVersionAsync(connection, transaction, cancellationToken) >= migration.Version)
        {
            return;
        }

        await using (var script = connection.Command(migration.Sql, transaction))
        {
            await script.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var stamp = connection.Command($"PRAGMA user_version = {migration.Version}", transaction))
        {
            await stamp.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        StorageLog.MigrationApplied(logger, migration.Name, databasePath);
    }
}
