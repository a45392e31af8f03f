using Atlas.Core.Jql;
using Atlas.Core.Jql.Sql;
using Atlas.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Search;

/// <summary>
/// Runs a query against the store: reads the Jira user's profile that the last sync stored, translates the query into
/// one statement, and loads the matching tickets, all in one read transaction (one consistent snapshot).
/// </summary>
internal sealed class OfflineSearch(SqliteConnectionFactory connections, TimeProvider time)
{
    public async Task<OfflineAnswer> RunAsync(JqlQuery query, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        JqlSqlCollation.Register(connection);
        var profile = await OfflineProfile.ReadAsync(connection, cancellationToken);
        if (profile is null)
        {
            return OfflineAnswer.NotSynced;
        }

        var translation = JqlSqlTranslator.Translate(query, profile.Context(time.GetUtcNow()), limit + 1);
        var blockers = translation.Blockers.Concat(await PriorityBlockersAsync(connection, translation, cancellationToken)).ToList();
        if (translation.Errors.Count > 0 || blockers.Count > 0)
        {
            return new OfflineAnswer([], false, null, translation.Errors, blockers);
        }

        return await ReadAsync(connection, translation, limit, cancellationToken);
    }

    private static async Task<OfflineAnswer> ReadAsync(SqliteConnection connection, JqlSqlTranslation translation, int limit, CancellationToken cancellationToken)
    {
        if (translation.UsesTermTable)
        {
            await ExecuteAsync(connection, JqlSqlTranslator.CreateTermTable, cancellationToken);
        }

        // One snapshot for the ids and the tickets, so a sync committing in between cannot slip in a tombstone.
        await ExecuteAsync(connection, "BEGIN DEFERRED", cancellationToken);
        try
        {
            var ids = await SelectIdsAsync(connection, translation, cancellationToken);
            var tickets = await TicketBatchReader.ReadAsync(connection, [.. ids.Take(limit)], cancellationToken);
            var syncedAt = await LastSuccessfulSyncAsync(connection, cancellationToken);
            return new OfflineAnswer(tickets, ids.Count > limit, syncedAt, [], []);
        }
        finally
        {
            await ExecuteAsync(connection, "COMMIT", CancellationToken.None);
        }
    }

    private static async Task<List<long>> SelectIdsAsync(SqliteConnection connection, JqlSqlTranslation translation, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(translation.Sql);
        foreach (var (name, value) in translation.Parameters)
        {
            command.With(name, value);
        }

        return await command.ListInt64Async(cancellationToken);
    }

    /// <summary>Priority order is Jira's default scheme; a cache holding other priorities has an order only Jira knows.</summary>
    private static async Task<IReadOnlyList<JqlError>> PriorityBlockersAsync(SqliteConnection connection, JqlSqlTranslation translation, CancellationToken cancellationToken)
    {
        if (!translation.UsesPriorityOrder || translation.Blockers.Count > 0)
        {
            return [];
        }

        await using var command = connection.Command(DistinctPriorities);
        var unknown = (await command.ListStringsAsync(cancellationToken)).Where(name => !JqlDefaultPriorities.IsKnown(name)).ToList();
        return unknown.Count == 0 ? [] :
        [
            new JqlError(
                $"Ordering priorities needs Jira: the cache holds priorities outside Jira's default scheme ({string.Join(", ", unknown.Take(5))}), whose order only Jira knows. Run with --live.",
                0, 0, JqlErrorKind.Offline),
        ];
    }

    private static async Task<DateTimeOffset?> LastSuccessfulSyncAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT max(finished_at) FROM sync_runs WHERE status = 'success'");
        return await command.ScalarInt64Async(cancellationToken) is { } ms ? StoreTime.FromMs(ms) : null;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The distinct stored priorities through the priority index: one seek per value instead of a scan.
    private const string DistinctPriorities = """
        WITH RECURSIVE v(x) AS (
            SELECT (SELECT min(priority) FROM jira_tickets)
            UNION ALL SELECT (SELECT min(priority) FROM jira_tickets WHERE priority > v.x) FROM v WHERE v.x IS NOT NULL)
        SELECT x FROM v WHERE x IS NOT NULL
        """;
}

/// <summary>What the cache answered: tickets (in order), or translation errors and blockers.</summary>
internal sealed record OfflineAnswer(
    IReadOnlyList<StoredTicket> Tickets,
    bool HasMore,
    DateTimeOffset? SyncedAt,
    IReadOnlyList<JqlError> Errors,
    IReadOnlyList<JqlError> Blockers,
    bool Synced = true)
{
    public static OfflineAnswer NotSynced { get; } = new([], false, null, [], [], Synced: false);
}
