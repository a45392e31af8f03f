using Atlas.Core.Lookups;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Tickets;

/// <summary><c>GET tickets/{key}</c> (one ticket, as <c>atlas get</c>) and <c>GET tickets</c> ("my tickets" and simple filters, from the cache).</summary>
public sealed class TicketFunctions(TicketLookup lookup, TicketListQuery list)
{
    [Function("GetTicket")]
    public async Task<IResult> GetTicketAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "tickets/{key}")] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryValues.Source(request.Query["source"]) is not { } source)
        {
            return ApiProblems.BadRequest(request, "The source must be auto, live or cache", $"'{request.Query["source"]}' is not a source; use source=auto (the default), live or cache.");
        }

        try
        {
            return TicketResults.From(await lookup.GetAsync(key, source, cancellationToken), source, request);
        }
        catch (ArgumentException malformed)
        {
            return ApiProblems.BadRequest(request, "That is not a Jira issue key", ApiProblems.Text(malformed));
        }
    }

    [Function("ListTickets")]
    public async Task<IResult> ListTicketsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "tickets")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryValues.Limit(request.Query["limit"], 50, TicketFilter.MaxLimit) is not { } limit)
        {
            return ApiProblems.BadRequest(request, "The limit must be a whole number from 1 to 1000", $"'{request.Query["limit"]}' is not such a number.");
        }

        var filter = new TicketFilter
        {
            Assignee = QueryValues.Text(request.Query["assignee"]),
            Status = QueryValues.Text(request.Query["status"]),
            Project = QueryValues.Text(request.Query["project"]),
            Limit = limit,
        };
        try
        {
            return ApiResults.Json(await list.ListAsync(filter, cancellationToken));
        }
        catch (ArgumentException invalid)
        {
            return ApiProblems.BadRequest(request, "A filter value is not valid", ApiProblems.Text(invalid));
        }
    }
}
