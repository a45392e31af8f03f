using Atlas.Core.Jira;
using Atlas.Core.Jql;
using Atlas.Core.Lookups;
using Atlas.Core.Tickets;
using JqlParseResult = Atlas.Core.Jql.JqlParseResult;

namespace Atlas.Core.Search;

public sealed partial class SearchService
{
    private const string NotSynced = "The local cache has not been synced yet: run `atlas sync` first.";

    private async Task<SearchResponse> LiveAsync(JqlParseResult parsed, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return SearchResponse.Found(await _live.RunAsync(parsed.Text, limit, cancellationToken));
        }
        catch (JiraBadRequestException refused)
        {
            SearchLog.Refused(_logger, refused.Message);
            return SearchResponse.Failed(SearchOutcome.Invalid, $"Jira refused the query: {string.Join(" ", refused.JiraMessages)}", JiraJqlErrors.From(refused.JiraMessages, parsed.Text));
        }
        catch (JiraUnavailableException unreachable)
        {
            return SearchResponse.Failed(SearchOutcome.Unreachable, unreachable.Message);
        }
    }

    private async Task<SearchResponse> AutoAsync(JqlParseResult parsed, int limit, CancellationToken cancellationToken)
    {
        var live = await LiveAsync(parsed, limit, cancellationToken);
        if (live.Outcome != SearchOutcome.Unreachable)
        {
            return live;
        }

        SearchLog.FellBackToCache(_logger, live.Message ?? "");
        if (!parsed.CanRunOffline)
        {
            return NeedsJiraWhileUnreachable(parsed.OfflineBlockers, live.Message);
        }

        var offline = await OfflineAsync(parsed, limit, live.Message, cancellationToken);
        return offline.Outcome switch
        {
            SearchOutcome.NeedsJira => NeedsJiraWhileUnreachable(offline.Errors, live.Message),
            SearchOutcome.NoCache => SearchResponse.Failed(SearchOutcome.Unreachable, $"{live.Message} {NotSynced}"),
            _ => offline,
        };
    }

    /// <summary>Answers from the cache; <paramref name="unreachable"/> is why Jira could not answer (the answer is then stale).</summary>
    private async Task<SearchResponse> OfflineAsync(JqlParseResult parsed, int limit, string? unreachable, CancellationToken cancellationToken)
    {
        if (!parsed.CanRunOffline)
        {
            return SearchResponse.Failed(SearchOutcome.NeedsJira, NeedsJiraMessage(parsed.OfflineBlockers), parsed.OfflineBlockers);
        }

        var answer = await _offline.RunAsync(parsed.Query!, limit, cancellationToken);
        if (!answer.Synced)
        {
            return SearchResponse.Failed(SearchOutcome.NoCache, NotSynced);
        }

        if (answer.Errors.Count > 0)
        {
            return SearchResponse.Failed(SearchOutcome.Invalid, "The query is not valid JQL.", answer.Errors);
        }

        if (answer.Blockers.Count > 0)
        {
            return SearchResponse.Failed(SearchOutcome.NeedsJira, NeedsJiraMessage(answer.Blockers), answer.Blockers);
        }

        var stale = unreachable is not null;
        return SearchResponse.Found(new SearchResults
        {
            Source = TicketSources.Cache,
            Jql = parsed.Text,
            HasMore = answer.HasMore,
            Stale = stale,
            CacheSyncedAt = answer.SyncedAt,
            Message = stale ? $"Jira could not be reached, so the local cache answered (last synced {Synced(answer.SyncedAt)}). {unreachable}" : null,
            Issues = [.. answer.Tickets.Select(ticket => ticket.ToCachedView(stale))],
        });
    }

    private static SearchResponse NeedsJiraWhileUnreachable(IReadOnlyList<JqlError> blockers, string? unreachable) =>
        SearchResponse.Failed(
            SearchOutcome.Unreachable,
            $"This query needs Jira, and Jira could not be reached. {NeedsJiraMessage(blockers)} {unreachable}",
            blockers);

    private static string NeedsJiraMessage(IReadOnlyList<JqlError> blockers) =>
        string.Join(" ", blockers.Select(blocker => blocker.Message).Distinct());

    private static string Synced(DateTimeOffset? at) =>
        at is { } value ? value.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never successfully";
}
