using Atlas.Core.Sync;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// The lease that lets one sync run at a time across processes. Acquiring reads and writes the row inside one
/// <c>BEGIN IMMEDIATE</c> transaction, so two racing processes are serialised by SQLite's write lock.
/// </summary>
internal sealed partial class TicketStore
{
    private const string LeaseColumns = "name, owner, run_id, acquired_at, expires_at";

    /// <summary>Takes the lease when it is free or expired; refuses while anyone (this owner too) holds it unexpired.</summary>
    public async Task<LeaseAttempt> TryAcquireLeaseAsync(string name, string owner, long? runId, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var attempt = await WriteAsync(async (connection, transaction) =>
        {
            var holder = await ReadLeaseAsync(connection, transaction, name, cancellationToken);
            if (holder is not null && !holder.IsExpiredAt(now))
            {
                return new LeaseAttempt(false, holder, null);
            }

            var lease = new SyncLease(name, owner, runId, now, now + duration);
            await WriteLeaseAsync(connection, transaction, lease, cancellationToken);
            if (holder?.RunId is { } abandonedRun && abandonedRun != runId)
            {
                await FailAbandonedRunAsync(connection, transaction, abandonedRun, now, cancellationToken);
            }

            return new LeaseAttempt(true, lease, holder);
        }, cancellationToken);

        if (attempt.TakenOverFrom is { } expired)
        {
            StorageLog.LeaseTakenOver(logger, name, owner, expired.Owner, expired.ExpiresAt);
        }

        return attempt;
    }

    /// <summary>Extends the lease while <paramref name="owner"/> still holds it; false when another owner took it or it was released.</summary>
    public async Task<bool> RenewLeaseAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE sync_lease SET expires_at = $expires_at WHERE name = $name AND owner = $owner",
            cancellationToken,
            ("$expires_at", StoreTime.ToMs(time.GetUtcNow() + duration)), ("$name", name), ("$owner", owner)) > 0;

    /// <summary>Gives the lease up; false when <paramref name="owner"/> did not hold it.</summary>
    public async Task<bool> ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM sync_lease WHERE name = $name AND owner = $owner", cancellationToken, ("$name", name), ("$owner", owner)) > 0;

    /// <summary>The lease row as stored (possibly expired), or null when nobody holds it.</summary>
    public Task<SyncLease?> GetLeaseAsync(string name, CancellationToken cancellationToken) =>
        ReadAsync(connection => ReadLeaseAsync(connection, null, name, cancellationToken), cancellationToken);

    private static async Task<SyncLease?> ReadLeaseAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT {LeaseColumns} FROM sync_lease WHERE name = $name", transaction).With("$name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SyncLease(reader.GetString(0), reader.GetString(1), reader.Int64OrNull(2), reader.Instant(3), reader.Instant(4))
            : null;
    }

    private static async Task WriteLeaseAsync(SqliteConnection connection, SqliteTransaction transaction, SyncLease lease, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"INSERT OR REPLACE INTO sync_lease ({LeaseColumns}) VALUES ($name, $owner, $run_id, $acquired_at, $expires_at)",
            transaction)
            .With("$name", lease.Name).With("$owner", lease.Owner).With("$run_id", lease.RunId)
            .With("$acquired_at", StoreTime.ToMs(lease.AcquiredAt)).With("$expires_at", StoreTime.ToMs(lease.ExpiresAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The holder stopped renewing, so its run died with it; left "running", status and history would show it forever.
    private static async Task FailAbandonedRunAsync(SqliteConnection connection, SqliteTransaction transaction, long runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            UPDATE sync_runs SET status = $failed, finished_at = $now, duration_ms = max(0, $now - started_at),
                error = 'Abandoned: the process running it stopped renewing its lease.'
            WHERE id = $id AND status = $running
            """,
            transaction)
            .With("$failed", SyncStatus.Failed).With("$now", StoreTime.ToMs(now)).With("$id", runId).With("$running", SyncStatus.Running);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
