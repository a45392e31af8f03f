using System.Globalization;
using Atlas.Core.Search;
using Atlas.Core.Tickets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Atlas.Cli.Commands;

/// <summary>Search results for people: one row per ticket, and a line saying where the answer came from.</summary>
internal static class SearchRendering
{
    private const int SummaryWidth = 60;

    public static IRenderable Table(SearchResults results)
    {
        var table = new Table().Border(TableBorder.Simple);
        // Only the assignee and the summary may wrap: when the terminal (or a pipe, 80 columns) is narrow they give way,
        // and the key, status and date stay whole instead of every column being squeezed to nothing.
        foreach (var column in new[] { "Key", "Type", "Status", "Priority", "Assignee", "Summary", "Updated" })
        {
            table.AddColumn(column is "Assignee" or "Summary" ? new TableColumn(column) : new TableColumn(column).NoWrap());
        }

        foreach (var ticket in results.Issues)
        {
            table.AddRow(Cells(ticket));
        }

        return table;
    }

    public static string Summary(SearchResults results)
    {
        var count = results.Count == 1 ? "1 ticket" : $"{results.Count} tickets";
        var more = results.HasMore ? " (more match: raise --limit to see them)" : "";
        var source = results.Source == TicketSources.Live
            ? "from Jira (live)"
            : results.Stale ? "from the local cache (offline: Jira could not be reached)" : "from the local cache (offline)";
        return $"{count}{more} {source}.";
    }

    private static IRenderable[] Cells(TicketView ticket) =>
    [
        new Text(ticket.Key),
        new Text(ticket.IssueType),
        new Text(ticket.Status),
        new Text(ticket.Priority ?? ""),
        new Text(ticket.Assignee?.DisplayName ?? "Unassigned"),
        new Text(Shorten(ticket.Summary)),
        new Text(ticket.Updated.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
    ];

    private static string Shorten(string text) => text.Length <= SummaryWidth ? text : text[..(SummaryWidth - 1)] + "…";
}
