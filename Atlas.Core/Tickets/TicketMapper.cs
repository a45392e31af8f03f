using System.Text.Json;
using Atlas.Core.Jira;
using Microsoft.Extensions.Logging;

namespace Atlas.Core.Tickets;

/// <summary>
/// Raw Jira issue JSON → validated <see cref="Ticket"/>, or a logged rejection (malformed key or id, missing required
/// fields, unparsable dates, wrong types, absurd sizes). One bad issue never stops the rest of a page.
/// </summary>
internal sealed class TicketMapper(ILogger<TicketMapper> logger)
{
    public TicketMapResult Map(JsonElement issue)
    {
        try
        {
            return TicketMapResult.Accepted(TicketReader.Read(issue));
        }
        catch (TicketFieldException bad)
        {
            var rejection = new TicketRejection(Identity(issue, "key"), Identity(issue, "id"), bad.Field, bad.Reason);
            JiraLog.TicketRejected(logger, rejection.Key ?? "(no key)", rejection.Id ?? "none", bad.Field, bad.Reason);
            return TicketMapResult.Rejected(rejection);
        }
    }

    /// <summary>Maps a search page's issues one by one, in page order.</summary>
    public IEnumerable<TicketMapResult> MapPage(JiraSearchPage page) => page.Issues.Select(Map);

    // The key and id exactly as sent (shortened), so a rejection names the issue even when they are the problem.
    private static string? Identity(JsonElement issue, string name) =>
        issue.ValueKind == JsonValueKind.Object && IssueJson.Value(issue, name) is { } value
            ? TicketReader.Quote(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            : null;
}
