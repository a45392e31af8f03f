using System.Text.RegularExpressions;
using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Atlas.Core.Tickets;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Lookups;

/// <summary>
/// "My tickets" and simple filters (assignee, status, project) over the local mirror, newest update first. Tombstones
/// are left out. <c>me</c> is the account the last sync signed in as, or asked of Jira when no sync has run yet.
/// </summary>
public sealed partial class TicketListQuery
{
    private const string Sql = """
        SELECT id FROM jira_tickets
        WHERE deleted_at IS NULL
          AND ($assignee IS NULL OR assignee_account_id = $assignee)
          AND ($status IS NULL OR status = $status)
          AND ($project IS NULL OR project = $project)
        ORDER BY updated DESC, id DESC
        LIMIT $limit
        """;

    private readonly SqliteConnectionFactory _connections;
    private readonly TicketStore _store;
    private readonly IJiraApi _jira;
    private readonly IOptionsMonitor<AtlasOptions> _options;
    private readonly TimeProvider _time;

    internal TicketListQuery(SqliteConnectionFactory connections, TicketStore store, IJiraApi jira, IOptionsMonitor<AtlasOptions> options, TimeProvider time)
    {
        _connections = connections;
        _store = store;
        _jira = jira;
        _options = options;
        _time = time;
    }

    /// <summary>The cached tickets that pass <paramref name="filter"/>.</summary>
    /// <exception cref="ArgumentException">A filter value is malformed or the limit is out of range.</exception>
    /// <exception cref="JiraException">The filter says <c>me</c>, no sync has recorded who that is, and Jira could not say.</exception>
    public async Task<TicketList> ListAsync(TicketFilter filter, CancellationToken cancellationToken = default)
    {
        Validate(filter);
        var assignee = await ResolveAssigneeAsync(filter.Assignee, cancellationToken);
        var ids = await SelectIdsAsync(filter, assignee, cancellationToken);
        var syncedAt = await LastSuccessfulSyncStartAsync(cancellationToken);
        var stale = syncedAt is not { } at || _time.GetUtcNow() - at > _options.CurrentValue.Cache.Ttl;
        var tickets = await _store.GetByIdsAsync(ids, cancellationToken);
        var views = tickets.Select(t => t.ToCachedView(stale)).ToList();
        return new TicketList(TicketSources.Cache, views.Count, syncedAt, stale, views);
    }

    private static void Validate(TicketFilter filter)
    {
        if (filter.Limit is < 1 or > TicketFilter.MaxLimit)
        {
            throw new ArgumentException($"The limit must be between 1 and {TicketFilter.MaxLimit}; it was {filter.Limit}.");
        }

        if (filter.Project is { } project && !ProjectKey().IsMatch(project))
        {
            throw new ArgumentException($"'{project}' is not a Jira project key (letters, digits and _, starting with a letter).");
        }

        if (filter.Assignee is { Length: > 128 } || filter.Status is { Length: > 255 })
        {
            throw new ArgumentException("The assignee or status is longer than any Jira account id or status name.");
        }
    }

    private async Task<string?> ResolveAssigneeAsync(string? assignee, CancellationToken cancellationToken)
    {
        if (!string.Equals(assignee, TicketFilter.Me, StringComparison.OrdinalIgnoreCase))
        {
            return assignee;
        }

        return await _store.GetMetaAsync(MetaKeys.JiraAccountId, cancellationToken)
            ?? (await _jira.GetMyselfAsync(cancellationToken)).AccountId;
    }

    private async Task<List<long>> SelectIdsAsync(TicketFilter filter, string? assignee, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(Sql)
            .With("$assignee", assignee)
            .With("$status", filter.Status)
            .With("$project", filter.Project)
            .With("$limit", filter.Limit);
        return await command.ListInt64Async(cancellationToken);
    }

    private async Task<DateTimeOffset?> LastSuccessfulSyncStartAsync(CancellationToken cancellationToken) =>
        (await _store.ListRunsAsync(100, cancellationToken)).Select(r => r.Report).FirstOrDefault(r => r.Status == SyncStatus.Success)?.StartedAt;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,254}$")]
    private static partial Regex ProjectKey();
}
