using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>Per-project sync state: the incremental watermark, last full sync and census, and the resumable checkpoint.</summary>
internal sealed partial class TicketStore
{
    private const string StateColumns = """
        project, watermark, last_full_sync_at, last_census_at, checkpoint_mode, checkpoint_run_id, checkpoint_jql,
        checkpoint_next_page_token, checkpoint_pages_done, checkpoint_updated_at
        """;

    /// <summary>The project's state, or null when it was never synced.</summary>
    public async Task<ProjectSyncState?> GetProjectStateAsync(string project, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {StateColumns} FROM sync_project_state WHERE project = $project", ReadState, cancellationToken, ("$project", project)))
            .SingleOrDefault();

    /// <summary>Sets the watermark: the latest server <c>updated</c> the incremental sync has covered.</summary>
    public Task SetWatermarkAsync(string project, DateTimeOffset watermark, CancellationToken cancellationToken) =>
        SetStateColumnAsync(project, "watermark", watermark, cancellationToken);

    public Task SetLastFullSyncAsync(string project, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetStateColumnAsync(project, "last_full_sync_at", at, cancellationToken);

    public Task SetLastCensusAsync(string project, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetStateColumnAsync(project, "last_census_at", at, cancellationToken);

    public async Task<SyncCheckpoint?> GetCheckpointAsync(string project, CancellationToken cancellationToken) =>
        (await GetProjectStateAsync(project, cancellationToken))?.Checkpoint;

    /// <summary>Saves a checkpoint on its own; <see cref="WritePageAsync"/> saves it together with the page instead.</summary>
    public Task SaveCheckpointAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await SaveCheckpointAsync(connection, transaction, checkpoint, cancellationToken);
            return true;
        }, cancellationToken);

    public Task ClearCheckpointAsync(string project, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE sync_project_state SET checkpoint_mode = NULL, checkpoint_run_id = NULL, checkpoint_jql = NULL,
                checkpoint_next_page_token = NULL, checkpoint_pages_done = NULL, checkpoint_updated_at = NULL
            WHERE project = $project
            """,
            cancellationToken,
            ("$project", project));

    private async Task SaveCheckpointAsync(SqliteConnection connection, SqliteTransaction transaction, SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            INSERT INTO sync_project_state (project, checkpoint_mode, checkpoint_run_id, checkpoint_jql, checkpoint_next_page_token, checkpoint_pages_done, checkpoint_updated_at)
            VALUES ($project, $mode, $run_id, $jql, $token, $pages, $now)
            ON CONFLICT (project) DO UPDATE SET checkpoint_mode = excluded.checkpoint_mode, checkpoint_run_id = excluded.checkpoint_run_id,
                checkpoint_jql = excluded.checkpoint_jql, checkpoint_next_page_token = excluded.checkpoint_next_page_token,
                checkpoint_pages_done = excluded.checkpoint_pages_done, checkpoint_updated_at = excluded.checkpoint_updated_at
            """,
            transaction)
            .With("$project", checkpoint.Project).With("$mode", checkpoint.Mode).With("$run_id", checkpoint.RunId).With("$jql", checkpoint.Jql)
            .With("$token", checkpoint.NextPageToken).With("$pages", checkpoint.PagesDone).With("$now", NowMs);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // column is one of this file's constant column names, never user input.
    private Task<int> SetStateColumnAsync(string project, string column, DateTimeOffset value, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"INSERT INTO sync_project_state (project, {column}) VALUES ($project, $value) ON CONFLICT (project) DO UPDATE SET {column} = excluded.{column}",
            cancellationToken,
            ("$project", project), ("$value", StoreTime.ToMs(value)));

    private static ProjectSyncState ReadState(SqliteDataReader row) => new(
        row.GetString(0),
        Watermark: row.InstantOrNull(1),
        LastFullSyncAt: row.InstantOrNull(2),
        LastCensusAt: row.InstantOrNull(3),
        Checkpoint: row.StringOrNull(4) is { } mode
            ? new SyncCheckpoint(row.GetString(0), mode, row.GetInt64(5), row.GetString(6), row.StringOrNull(7), row.GetInt32(8)) { SavedAt = row.InstantOrNull(9) }
            : null);
}
