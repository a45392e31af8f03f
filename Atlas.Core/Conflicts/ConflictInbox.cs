using Atlas.Core.Lookups;
using Atlas.Core.Storage;

namespace Atlas.Core.Conflicts;

/// <summary>The MANUAL inbox (list, show, resolve) and the resolution log.</summary>
public sealed class ConflictInbox
{
    /// <summary>The most conflicts or log entries one answer holds.</summary>
    public const int MaxLimit = 1000;

    private readonly TicketStore _store;

    internal ConflictInbox(TicketStore store) => _store = store;

    /// <summary>Pending conflicts, critical first, then oldest first.</summary>
    public async Task<ConflictList> ListAsync(int limit = 200, CancellationToken cancellationToken = default)
    {
        CheckLimit(limit);
        var (pending, critical) = await _store.CountPendingConflictsAsync(cancellationToken);
        return new ConflictList(pending, critical, await _store.ListPendingConflictsAsync(limit, cancellationToken));
    }

    /// <summary>One conflict, pending or resolved; null when there is none with this id.</summary>
    public Task<ConflictView?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        _store.GetConflictAsync(id, cancellationToken);

    /// <summary>Resolves pending conflict <paramref name="id"/> at once; the values chosen hold over later syncs until Jira changes those fields again.</summary>
    /// <exception cref="KeyNotFoundException">There is no conflict with this id.</exception>
    /// <exception cref="InvalidOperationException">It was already resolved.</exception>
    /// <exception cref="ArgumentException">The decision names no side and leaves a field without a value, or names a field not in conflict.</exception>
    public async Task<ConflictView> ResolveAsync(long id, ConflictDecision decision, string resolvedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var conflict = await GetAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"There is no conflict {id}.");
        if (conflict.Status != ConflictStatuses.Pending)
        {
            throw new InvalidOperationException($"Conflict {id} was already resolved by {conflict.ResolvedBy} at {conflict.ResolvedAt:u}.");
        }

        var choices = await ChooseAsync(conflict, decision, cancellationToken);
        return await _store.ResolveConflictAsync(id, field => choices[field.Field], resolvedBy, cancellationToken)
            ?? throw new InvalidOperationException($"Conflict {id} was resolved by someone else meanwhile.");
    }

    /// <summary>The resolution log, newest first; of one ticket when <paramref name="keyOrId"/> is given.</summary>
    public async Task<ConflictLog> LogAsync(int limit = 200, string? keyOrId = null, CancellationToken cancellationToken = default)
    {
        CheckLimit(limit);
        long? ticketId = null;
        if (keyOrId is not null)
        {
            var reference = IssueReference.Parse(keyOrId);
            var stored = reference.Id is { } id ? await _store.GetByIdAsync(id, cancellationToken) : await _store.GetByKeyAsync(reference.Text, cancellationToken);
            ticketId = stored?.Ticket.Id ?? -1;
        }

        var entries = await _store.ListConflictLogAsync(limit, ticketId, cancellationToken);
        return new ConflictLog(entries.Count, entries);
    }

    private async Task<Dictionary<string, FieldChoice>> ChooseAsync(ConflictView conflict, ConflictDecision decision, CancellationToken cancellationToken)
    {
        var take = decision.Take is null ? null : ParseSide(decision.Take);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in decision.Values)
        {
            var field = MergeFields.Find(name) is { } known && conflict.Fields.Any(f => f.Field == known)
                ? known
                : throw new ArgumentException($"'{name}' is not a field of conflict {conflict.Id}; its fields are {string.Join(", ", conflict.Fields.Select(f => f.Field))}.");
            var canonical = MergeFields.Normalize(field, value);
            values[field] = canonical is null ? null : await _store.KnownValueAsync(field, canonical, cancellationToken) ?? canonical;
        }

        return conflict.Fields.ToDictionary(f => f.Field, f => Choose(f, take, values), StringComparer.Ordinal);
    }

    private static FieldChoice Choose(ConflictFieldView field, string? take, Dictionary<string, string?> values)
    {
        if (values.TryGetValue(field.Field, out var value))
        {
            var outcome = Same(value, field.Jira) ? FieldOutcomes.ResolvedJira : Same(value, field.Local) ? FieldOutcomes.ResolvedLocal : FieldOutcomes.ResolvedValue;
            return new FieldChoice(value, outcome);
        }

        return take switch
        {
            ConflictSides.Local => new FieldChoice(field.Local, FieldOutcomes.ResolvedLocal),
            ConflictSides.Jira => new FieldChoice(field.Jira, FieldOutcomes.ResolvedJira),
            _ => throw new ArgumentException($"Say which side wins (take local or jira) or give {field.Field} a value."),
        };
    }

    private static string ParseSide(string take) => take.Trim().ToLowerInvariant() switch
    {
        ConflictSides.Local => ConflictSides.Local,
        ConflictSides.Jira => ConflictSides.Jira,
        _ => throw new ArgumentException($"'{take}' is not a side: take local or jira."),
    };

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static void CheckLimit(int limit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw new ArgumentException($"The limit must be between 1 and {MaxLimit}; it was {limit}.");
        }
    }
}
