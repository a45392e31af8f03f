using Atlas.Core.Conflicts;
using Atlas.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// Writes one page of tickets inside the caller's transaction with statements prepared once and reused for every row.
/// Never writes notes or local-only fields; local overrides of synced fields go through the three-way merge
/// (<see cref="PageConflictMerger"/>).
/// </summary>
internal sealed class TicketPageWriter : IAsyncDisposable
{
    private readonly long _runId;
    private readonly long _nowMs;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _touch;
    private readonly SqliteCommand _displace;
    private readonly TicketUpsertCommand _upsert;
    private readonly TicketValuesCommand _labels;
    private readonly TicketValuesCommand _components;
    private readonly TicketValuesCommand _fixVersions;
    private readonly PageConflictMerger _merger;
    private readonly List<long> _created = [];
    private readonly List<long> _updated = [];
    private readonly List<string> _displaced = [];
    private int _unchanged;

    public TicketPageWriter(SqliteConnection connection, SqliteTransaction transaction, long runId, long nowMs, ConflictPolicy policy)
    {
        (_runId, _nowMs) = (runId, nowMs);
        _find = connection.Command("SELECT content_hash, key, deleted_at IS NOT NULL FROM jira_tickets WHERE id = $id", transaction);
        _find.Slot("$id", SqliteType.Integer);
        _touch = connection.Command("UPDATE jira_tickets SET last_seen_run_id = $run_id WHERE id = $id", transaction);
        _touch.Slot("$id", SqliteType.Integer);
        _touch.With("$run_id", runId);
        _displace = connection.Command(
            $"UPDATE jira_tickets SET deleted_at = $now, deleted_reason = '{TombstoneReasons.KeyReassigned}' WHERE key = $key AND id <> $id AND deleted_at IS NULL",
            transaction);
        _displace.Slot("$key", SqliteType.Text);
        _displace.Slot("$id", SqliteType.Integer);
        _displace.With("$now", nowMs);
        _upsert = new TicketUpsertCommand(connection, transaction);
        _labels = TicketValuesCommand.Labels(connection, transaction);
        _components = TicketValuesCommand.Components(connection, transaction);
        _fixVersions = TicketValuesCommand.FixVersions(connection, transaction);
        _merger = new PageConflictMerger(connection, transaction, runId, nowMs, policy);
    }

    public async Task<PageWriteResult> WriteAsync(IReadOnlyList<Ticket> tickets, CancellationToken cancellationToken)
    {
        await _merger.LoadAsync(tickets, cancellationToken);
        foreach (var ticket in tickets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteOneAsync(ticket, cancellationToken);
        }

        return new PageWriteResult(_created, _updated, _unchanged, _displaced) { Conflicts = _merger.Counts };
    }

    private async Task WriteOneAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var hash = TicketContentHash.Of(ticket);
        var stored = await FindAsync(ticket.Id, cancellationToken);
        if (stored is { IsDeleted: false } && stored.Hash == hash && stored.Key == ticket.Key)
        {
            await TouchAsync(ticket.Id, cancellationToken);
            _unchanged++;
            return;
        }

        if (stored is null || stored.IsDeleted || stored.Key != ticket.Key)
        {
            await DisplaceAsync(ticket, cancellationToken);
        }

        await _upsert.ExecuteAsync(ticket, hash, _runId, _nowMs, cancellationToken);
        await ReplaceValuesAsync(ticket, isNew: stored is null, cancellationToken);
        await _merger.MergeAsync(ticket, cancellationToken);
        (stored is null || stored.IsDeleted ? _created : _updated).Add(ticket.Id);
    }

    private async Task<StoredVersion?> FindAsync(long id, CancellationToken cancellationToken)
    {
        _find.Parameters[0].Value = id;
        await using var reader = await _find.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredVersion(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2))
            : null;
    }

    private async Task TouchAsync(long id, CancellationToken cancellationToken)
    {
        _touch.Parameters[0].Value = id;
        await _touch.ExecuteNonQueryAsync(cancellationToken);
    }

    // Jira gives a key to one issue id at a time; a live row still holding it is stale (moved or deleted) and yields.
    private async Task DisplaceAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        _displace.Parameters[0].Value = ticket.Key;
        _displace.Parameters[1].Value = ticket.Id;
        if (await _displace.ExecuteNonQueryAsync(cancellationToken) > 0)
        {
            _displaced.Add(ticket.Key);
        }
    }

    private async Task ReplaceValuesAsync(Ticket ticket, bool isNew, CancellationToken cancellationToken)
    {
        await _labels.ReplaceAsync(ticket.Id, ticket.Labels, isNew, cancellationToken);
        await _components.ReplaceAsync(ticket.Id, ticket.Components, isNew, cancellationToken);
        await _fixVersions.ReplaceAsync(ticket.Id, ticket.FixVersions, isNew, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _find.DisposeAsync();
        await _touch.DisposeAsync();
        await _displace.DisposeAsync();
        await _upsert.DisposeAsync();
        await _labels.DisposeAsync();
        await _components.DisposeAsync();
        await _fixVersions.DisposeAsync();
    }

    private sealed record StoredVersion(string Hash, string Key, bool IsDeleted);
}
