using System.ComponentModel;
using Atlas.Core.Lookups;
using Atlas.Core.Search;
using Atlas.Core.Tickets;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Cli.Mcp;

internal sealed partial class AtlasMcpTools
{
    [McpServerTool(Name = "get_ticket", Title = "Get a Jira ticket", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true)]
    [Description("One Jira ticket by key (WRKA-12) or id, with the tester's local notes: from the local cache while fresh, else live from Jira, else the stale cache.")]
    public Task<CallToolResult> GetTicketAsync(
        [Description("The issue key, e.g. WRKA-12, or the numeric id.")] string key,
        [Description("Where to look: " + SourceHelp)] string? source = null,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var result = await services.Get<TicketLookup>().GetAsync(key, LookupSourceOf(source), cancellationToken);
            return result.Ticket is { } ticket
                ? McpToolResults.Ok(Line(ticket) + (result.Message is { } note ? $"\n{note}" : ""), ticket)
                : McpToolResults.Error(result.Message ?? $"{key} was not found.");
        });

    [McpServerTool(Name = "search_tickets", Title = "Search tickets with JQL", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true)]
    [Description("Search Jira tickets with JQL, live or from the offline cache. Invalid JQL is reported with positions and never run.")]
    public Task<CallToolResult> SearchTicketsAsync(
        [Description("The JQL query, e.g. project = WRKA AND status = \"In Progress\" ORDER BY updated DESC.")] string jql,
        [Description("Where to search: " + SourceHelp)] string? source = null,
        [Description("The most tickets to return, 1 to 10000. Default 50.")] int limit = SearchService.DefaultLimit,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
            Searched(await services.Get<SearchService>().SearchAsync(jql, SearchSourceOf(source), limit, cancellationToken), jql));

    [McpServerTool(Name = "my_tickets", Title = "My tickets", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The tickets assigned to the signed-in Jira user (or another account id), from the local mirror, most recently updated first.")]
    public Task<CallToolResult> MyTicketsAsync(
        [Description("A status name, e.g. In Progress; any when omitted.")] string? status = null,
        [Description("A project key, e.g. WRKA; any when omitted.")] string? project = null,
        [Description("\"me\" (default) or an Atlassian account id.")] string? assignee = null,
        [Description("The most tickets to return, 1 to 1000. Default 50.")] int limit = 50,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var filter = new TicketFilter { Assignee = assignee ?? TicketFilter.Me, Status = status, Project = project, Limit = limit };
            var list = await services.Get<TicketListQuery>().ListAsync(filter, cancellationToken);
            var header = $"{list.Count} ticket(s) from the local mirror{(list.Stale ? " (stale: run sync_now)" : "")}.";
            return McpToolResults.Ok(Lines(header, list.Issues), list);
        });

    internal static CallToolResult Searched(SearchResponse response, string jql) =>
        response.Results is { } results
            ? McpToolResults.Ok(Lines($"{results.Count} ticket(s) from {results.Source}{(results.HasMore ? " (more match)" : "")}.{(results.Message is { } m ? " " + m : "")}", results.Issues), results)
            : McpToolResults.Error(response.Message ?? "The search failed.", jql, response.Errors);

    private static string Lines(string header, IEnumerable<TicketView> tickets) =>
        string.Join('\n', [header, .. tickets.Select(Line)]);

    private static string Line(TicketView t) =>
        $"{t.Key} [{t.Status}] {t.Summary} — {t.IssueType}, {t.Assignee?.DisplayName ?? "unassigned"}, updated {t.Updated:u} ({t.Source}{(t.Stale ? ", stale" : "")}{(t.Deleted ? ", deleted in Jira" : "")})";
}
