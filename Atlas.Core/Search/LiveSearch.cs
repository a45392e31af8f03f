using Atlas.Core.Jira;
using Atlas.Core.Lookups;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;
using Microsoft.Extensions.Logging;

namespace Atlas.Core.Search;

/// <summary>
/// Runs a query on Jira (<c>search/jql</c>), streaming pages until the limit, and shows each ticket with the tester's
/// local data from the cache. Live answers are not written to the cache: that is the sync's job.
/// </summary>
internal sealed class LiveSearch(IJiraApi jira, TicketMapper mapper, TicketStore store, TimeProvider time, ILogger<LiveSearch> logger)
{
    public async Task<SearchResults> RunAsync(string jql, int limit, CancellationToken cancellationToken)
    {
        var request = new JiraSearchRequest { Jql = jql, MaxResults = Math.Min(limit, JiraSearchRequest.LargestPage) };
        var tickets = new List<Ticket>();
        var rejected = 0;
        var hasMore = false;
        await foreach (var page in jira.SearchAsync(request, cancellationToken))
        {
            foreach (var issue in page.Issues)
            {
                if (tickets.Count == limit)
                {
                    hasMore = true;
                    break;
                }

                var mapped = mapper.Map(issue);
                rejected += mapped.IsAccepted ? 0 : 1;
                if (mapped.IsAccepted)
                {
                    tickets.Add(mapped.Ticket);
                }
            }

            if (tickets.Count == limit)
            {
                hasMore |= !page.IsLast;
                break;
            }
        }

        return new SearchResults
        {
            Source = TicketSources.Live,
            Jql = jql,
            HasMore = hasMore,
            Message = Skipped(rejected),
            Issues = await WithLocalDataAsync(tickets, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<TicketView>> WithLocalDataAsync(List<Ticket> tickets, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = (await store.GetByIdsAsync([.. tickets.Select(t => t.Id)], cancellationToken)).ToDictionary(s => s.Ticket.Id);
        return [.. tickets.Select(ticket => stored.TryGetValue(ticket.Id, out var cached)
            ? (cached with { Ticket = ticket, DeletedAt = null, DeletedReason = null }).ToView(TicketSources.Live, now) // Jira's answer, the tester's overrides on top
            : TicketView.From(ticket, TicketSources.Live, now))];
    }

    private string? Skipped(int rejected)
    {
        if (rejected == 0)
        {
            return null;
        }

        SearchLog.Rejected(logger, rejected);
        return $"{rejected} ticket(s) Jira sent were left out because Atlas cannot accept them (see the log).";
    }
}
