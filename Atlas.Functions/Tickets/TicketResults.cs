using Atlas.Core.Lookups;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Tickets;

/// <summary>
/// A lookup's answer over HTTP: 200 with the ticket (<c>stale: true</c> when Jira was down and the cache answered);
/// 410 Gone for a ticket Jira no longer shows, with the kept copy and its local notes under <c>ticket</c>; 404 when
/// neither Jira nor the cache has it; 503 when live data was required and Jira cannot be reached.
/// </summary>
internal static class TicketResults
{
    public static IResult From(TicketLookupResult result, LookupSource source, HttpRequest request) => result switch
    {
        { Outcome: LookupOutcome.Found, Ticket: { } ticket } => ApiResults.Json(ticket),
        { Outcome: LookupOutcome.Deleted, Ticket: { } kept } => ApiProblems.Create(
            request,
            StatusCodes.Status410Gone,
            "ticket-deleted",
            $"Jira no longer shows {kept.Key}",
            result.Message ?? $"{kept.Key} was deleted in Jira, moved out of reach or is no longer visible.",
            new Dictionary<string, object?> { ["ticket"] = kept }),
        { Outcome: LookupOutcome.Unreachable } => ApiProblems.Create(
            request,
            StatusCodes.Status503ServiceUnavailable,
            "jira-unreachable",
            "Jira cannot be reached",
            source == LookupSource.Live
                ? $"{result.Message} Ask with source=auto or source=cache for the cached copy, if there is one."
                : $"{result.Message} The cache does not have this ticket either."),
        _ => ApiProblems.NotFound(request, "No such ticket", result.Message ?? "Neither Jira nor the cache has this ticket."),
    };
}
