using System.Text.Json;
using Atlas.Core.Configuration;
using Atlas.Core.Conflicts;
using Atlas.Core.Jira;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Lookups;

/// <summary>One ticket by key or id: from the cache while it is fresh, else live from Jira (and stored), else the stale cache.</summary>
public sealed class TicketLookup
{
    private readonly IJiraApi _jira;
    private readonly TicketStore _store;
    private readonly TicketMapper _mapper;
    private readonly IOptionsMonitor<AtlasOptions> _options;
    private readonly TimeProvider _time;

    internal TicketLookup(IJiraApi jira, TicketStore store, TicketMapper mapper, IOptionsMonitor<AtlasOptions> options, TimeProvider time)
    {
        _jira = jira;
        _store = store;
        _mapper = mapper;
        _options = options;
        _time = time;
    }

    /// <summary>Looks up <paramref name="keyOrId"/> (e.g. <c>WRKA-12</c> or <c>10042</c>).</summary>
    /// <exception cref="ArgumentException">The text is neither an issue key nor an id.</exception>
    public async Task<TicketLookupResult> GetAsync(string keyOrId, LookupSource source, CancellationToken cancellationToken = default)
    {
        var reference = IssueReference.Parse(keyOrId);
        var cached = await ReadCachedAsync(reference, cancellationToken);
        return source switch
        {
            LookupSource.Cache => FromCache(reference, cached, stale: false),
            LookupSource.Live => await FromJiraAsync(reference, cached, fallBackToCache: false, cancellationToken),
            _ => cached is not null && !cached.IsDeleted && IsFresh(cached)
                ? FromCache(reference, cached, stale: false)
                : await FromJiraAsync(reference, cached, fallBackToCache: true, cancellationToken),
        };
    }

    private bool IsFresh(CachedTicket cached) => _time.GetUtcNow() - cached.ConfirmedAt < _options.CurrentValue.Cache.Ttl;

    private async Task<TicketLookupResult> FromJiraAsync(IssueReference reference, CachedTicket? cached, bool fallBackToCache, CancellationToken cancellationToken)
    {
        JsonElement? issue;
        try
        {
            issue = await _jira.GetIssueAsync(reference.Text, JiraFields.Stored, cancellationToken);
        }
        catch (JiraUnavailableException unreachable)
        {
            return fallBackToCache && cached is not null
                ? FromCache(reference, cached, stale: true) with { Message = $"Jira could not be reached ({unreachable.Message}); showing the cached copy." }
                : new TicketLookupResult(LookupOutcome.Unreachable, null, unreachable.Message);
        }

        return issue is null ? NotInJira(reference, cached) : await StoreLiveAsync(issue.Value, cancellationToken);
    }

    private async Task<TicketLookupResult> StoreLiveAsync(JsonElement issue, CancellationToken cancellationToken)
    {
        var mapped = _mapper.Map(issue);
        if (!mapped.IsAccepted)
        {
            throw new JiraResponseException($"Jira sent a ticket Atlas cannot accept: {mapped.Rejection.Message}");
        }

        var running = await _store.GetRunningRunAsync(cancellationToken);
        await _store.WritePageAsync(running?.Report.RunId ?? 0, [mapped.Ticket], null, cancellationToken, ConflictPolicy.From(_options.CurrentValue.Sync));
        var stored = await _store.GetByIdAsync(mapped.Ticket.Id, cancellationToken);
        var view = stored?.ToView(TicketSources.Live, _time.GetUtcNow()) ?? TicketView.From(mapped.Ticket, TicketSources.Live, _time.GetUtcNow());
        return new TicketLookupResult(LookupOutcome.Found, view);
    }

    private static TicketLookupResult NotInJira(IssueReference reference, CachedTicket? cached) =>
        cached is null
            ? new TicketLookupResult(LookupOutcome.NotFound, null, $"{reference.Text} does not exist in Jira, or the Jira user may not see it, and the cache does not have it.")
            : new TicketLookupResult(
                LookupOutcome.Deleted,
                cached.Stored.ToCachedView(stale: false) with { Deleted = true, DeletedAt = cached.Stored.DeletedAt },
                $"Jira no longer shows {cached.Stored.Ticket.Key} (deleted, moved out of reach or no longer visible); this is the last synced copy.");

    private static TicketLookupResult FromCache(IssueReference reference, CachedTicket? cached, bool stale) => cached switch
    {
        null => new TicketLookupResult(LookupOutcome.NotFound, null, $"{reference.Text} is not in the local cache."),
        { Stored.IsDeleted: true } => new TicketLookupResult(
            LookupOutcome.Deleted,
            cached.Stored.ToCachedView(stale),
            $"Jira deleted {cached.Stored.Ticket.Key} (or it is no longer visible); a sync noticed at {cached.Stored.DeletedAt:u}."),
        _ => new TicketLookupResult(LookupOutcome.Found, cached.Stored.ToView(TicketSources.Cache, cached.ConfirmedAt, stale)),
    };

    /// <summary>
    /// The stored ticket and when its content was last known current: the later of its last write and the start of the
    /// last successful sync that saw it (a sync confirms every ticket it does not rewrite).
    /// </summary>
    private async Task<CachedTicket?> ReadCachedAsync(IssueReference reference, CancellationToken cancellationToken)
    {
        var stored = reference.Id is { } id
            ? await _store.GetByIdAsync(id, cancellationToken)
            : await _store.GetByKeyAsync(reference.Text, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var seenBy = stored.LastSeenRunId is { } runId ? await _store.GetRunAsync(runId, cancellationToken) : null;
        var confirmed = seenBy?.Report is { Status: Sync.SyncStatus.Success, StartedAt: var started } && started > stored.SyncedAt
            ? started
            : stored.SyncedAt;
        return new CachedTicket(stored, confirmed);
    }

    private sealed record CachedTicket(StoredTicket Stored, DateTimeOffset ConfirmedAt)
    {
        public bool IsDeleted => Stored.IsDeleted;
    }
}
