using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>A period during which a field held one value (null = empty), and who set it.</summary>
internal sealed record HistorySegment(string? Value, DateTimeOffset From, DateTimeOffset? To, string? Author)
{
    /// <summary>The value timeline of a recorded field, from creation to now, rebuilt from the changelog.</summary>
    public static List<HistorySegment> Of(TicketVersion ticket, string property)
    {
        var changes = Changes(ticket, property).ToList();
        var segments = new List<HistorySegment>();
        var value = changes.Count > 0 ? changes[0].Item.From : Current(ticket, property);
        var (from, author) = (ticket.Created, (string?)ticket.Creator.AccountId);
        foreach (var (group, item) in changes)
        {
            segments.Add(new HistorySegment(value, from, group.Created, author));
            (value, from, author) = (item.To, group.Created, group.Author.AccountId);
        }

        segments.Add(new HistorySegment(value, from, null, author));
        return segments;
    }

    public static IEnumerable<(ChangeGroup Group, ChangeItem Item)> Changes(TicketVersion ticket, string property) =>
        ticket.History.OrderBy(g => g.Created).SelectMany(g => g.Items.Where(i => i.Field == property).Select(i => (g, i)));

    private static string? Current(TicketVersion ticket, string property) => property switch
    {
        "status" => ticket.Status.Id,
        "assignee" => ticket.Assignee?.AccountId,
        "priority" => ticket.Priority.Id,
        _ => ticket.Resolution?.Id,
    };
}
