using Atlas.Core.Conflicts;
using Atlas.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// The three-way merge inside a page write. Before the page is written it loads, in two queries, the local overrides
/// of the page's tickets and their base values (the rows about to be replaced); after each overridden ticket is
/// written it settles every overridden field (<see cref="FieldMerge"/>), drops the overrides that lost, logs each
/// conflict and fills the MANUAL inbox. Tickets without overrides cost nothing beyond the first query.
/// </summary>
internal sealed class PageConflictMerger(SqliteConnection connection, SqliteTransaction transaction, long runId, long nowMs, ConflictPolicy policy)
{
    private const string OverridesSql = """
        SELECT ticket_id, field, value, updated_at FROM local_overrides WHERE ticket_id IN (SELECT value FROM json_each($ids))
        """;

    private const string BasesSql = """
        SELECT t.id, t.summary, t.status, t.priority, t.assignee_name, t.due_date,
               (SELECT group_concat(l.value, char(10)) FROM jira_ticket_labels AS l WHERE l.ticket_id = t.id)
        FROM jira_tickets AS t WHERE t.id IN (SELECT value FROM json_each($ids))
        """;

    private readonly Dictionary<long, List<LocalOverride>> _overrides = [];
    private readonly Dictionary<long, Ticket> _bases = [];
    private readonly CriticalTickets _critical = new(connection, transaction, policy, StoreTime.FromMs(nowMs));
    private bool _criticalTicket;

    public ConflictCounts Counts { get; } = new();

    public async Task LoadAsync(IReadOnlyList<Ticket> tickets, CancellationToken cancellationToken)
    {
        await using (var overrides = Command(OverridesSql, tickets.Select(t => t.Id)))
        await using (var reader = await overrides.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var local = new LocalOverride(reader.GetInt64(0), reader.GetString(1), reader.StringOrNull(2), reader.Instant(3));
                (_overrides.TryGetValue(local.TicketId, out var list) ? list : _overrides[local.TicketId] = []).Add(local);
            }
        }

        if (_overrides.Count > 0)
        {
            await LoadBasesAsync(cancellationToken);
        }
    }

    /// <summary>Settles the overrides of <paramref name="incoming"/>, which has just been written over its base.</summary>
    public async Task MergeAsync(Ticket incoming, CancellationToken cancellationToken)
    {
        if (!_overrides.TryGetValue(incoming.Id, out var overrides) || !_bases.TryGetValue(incoming.Id, out var stored))
        {
            return;
        }

        var decisions = await DecideAsync(incoming, stored, overrides, cancellationToken);
        long? conflictId = null;
        foreach (var decision in decisions)
        {
            Counts.Add(decision);
            conflictId = await ApplyAsync(incoming, decision, conflictId, cancellationToken) ?? conflictId;
        }

        if (conflictId is { } id && decisions.Any(d => d.IsPending) && _criticalTicket)
        {
            Counts.AddCritical(new CriticalConflict(id, incoming.Key, incoming.Priority, [.. decisions.Where(d => d.IsPending).Select(d => d.Field)]));
        }
    }

    private async Task<List<FieldDecision>> DecideAsync(Ticket incoming, Ticket stored, List<LocalOverride> overrides, CancellationToken cancellationToken)
    {
        var jiraUpdated = incoming.Updated - policy.JiraClockOffset;
        List<FieldDecision> Decide(string strategy) =>
            [.. overrides.Select(o => FieldMerge.Decide(o, MergeFields.ValueOf(stored, o.Field), MergeFields.ValueOf(incoming, o.Field), jiraUpdated, () => strategy))];

        var decisions = Decide(policy.Strategy);
        _criticalTicket = false;
        if (decisions.Any(d => d.IsConflict) && policy.AsksCriticality)
        {
            _criticalTicket = await _critical.IsCriticalAsync(incoming, cancellationToken);
            decisions = Decide(policy.For(_criticalTicket));
        }

        return decisions;
    }

    /// <summary>Applies one decision; returns the open conflict's id when the field went to the inbox.</summary>
    private async Task<long?> ApplyAsync(Ticket incoming, FieldDecision decision, long? conflictId, CancellationToken cancellationToken)
    {
        if (!decision.KeepLocal)
        {
            await ConflictSql.DeleteOverrideAsync(connection, transaction, incoming.Id, decision.Field, cancellationToken);
            await ConflictSql.DropConflictFieldAsync(connection, transaction, incoming.Id, decision.Field, decision.Remote, null, nowMs, cancellationToken);
        }

        if (decision.IsPending)
        {
            conflictId ??= await ConflictSql.OpenConflictAsync(connection, transaction, incoming.Id, runId == 0 ? null : runId, _criticalTicket, nowMs, cancellationToken);
            await ConflictSql.PutConflictFieldAsync(connection, transaction, conflictId.Value, decision, cancellationToken);
        }

        if (decision.IsConflict)
        {
            var value = decision.KeepLocal ? decision.Local : decision.Remote;
            await ConflictSql.LogAsync(connection, transaction, new ConflictLogRow(
                incoming.Id, incoming.Key, decision.IsPending ? conflictId : null, decision.Field, decision.Base, decision.Local, decision.Remote,
                decision.Strategy!, decision.Outcome!, value, nowMs, null), cancellationToken);
        }

        return decision.IsPending ? conflictId : null;
    }

    private async Task LoadBasesAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(BasesSql, _overrides.Keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _bases[reader.GetInt64(0)] = BaseOf(reader);
        }
    }

    // Only the mergeable fields matter here; the rest of the ticket is left at its defaults.
    private static Ticket BaseOf(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Key = "",
        Project = "",
        IssueType = "",
        StatusCategory = "",
        Created = default,
        Updated = default,
        Summary = row.GetString(1),
        Status = row.GetString(2),
        Priority = row.StringOrNull(3),
        Assignee = row.StringOrNull(4) is { } name ? new TicketUser("", name) : null,
        DueDate = StoreTime.DateFromText(row.StringOrNull(5)),
        Labels = row.StringOrNull(6)?.Split('\n') ?? [],
    };

    private SqliteCommand Command(string sql, IEnumerable<long> ids) =>
        connection.Command(sql, transaction).With("$ids", StorageJson.Array(ids.ToList()));
}

/// <summary>Who a log entry or a closed conflict names when no person acted.</summary>
internal static class ResolvedBy
{
    public const string Sync = "sync";
}
