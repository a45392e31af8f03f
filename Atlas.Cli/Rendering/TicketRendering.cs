using Atlas.Core.Tickets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Atlas.Cli.Rendering;

/// <summary>A ticket for people: the fields a tester looks at first, the description, local notes.</summary>
internal static class TicketRendering
{
    public static IRenderable Card(TicketView ticket)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(grid, "Status", $"{ticket.Status} ({ticket.StatusCategory})");
        Row(grid, "Type", ticket.IssueType);
        Row(grid, "Priority", ticket.Priority);
        Row(grid, "Assignee", ticket.Assignee?.DisplayName ?? "Unassigned");
        Row(grid, "Reporter", ticket.Reporter?.DisplayName);
        Row(grid, "Labels", string.Join(", ", ticket.Labels));
        Row(grid, "Components", string.Join(", ", ticket.Components));
        Row(grid, "Fix versions", string.Join(", ", ticket.FixVersions));
        Row(grid, "Due", ticket.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Row(grid, "Resolution", ticket.Resolution);
        Row(grid, "Parent", ticket.ParentKey);
        Row(grid, "Created", Instant(ticket.Created));
        Row(grid, "Updated", Instant(ticket.Updated));
        Row(grid, "Source", $"{ticket.Source}, fetched {Instant(ticket.FetchedAt)}{(ticket.Stale ? " (stale)" : "")}");
        if (ticket.Deleted)
        {
            Row(grid, "Deleted", $"Jira no longer shows it (noticed {Instant(ticket.DeletedAt)})");
        }

        var parts = new List<IRenderable> { grid };
        if (!string.IsNullOrWhiteSpace(ticket.Description))
        {
            parts.Add(new Rule("Description").LeftJustified());
            parts.Add(new Text(ticket.Description));
        }

        AddLocal(parts, ticket.Local);
        return new Panel(new Rows(parts)).Header($"{Markup.Escape(ticket.Key)}: {Markup.Escape(ticket.Summary)}").Border(BoxBorder.Rounded);
    }

    private static void AddLocal(List<IRenderable> parts, LocalDataView local)
    {
        if (local.Notes.Count == 0 && local.Fields.Count == 0 && local.Overrides.Count == 0)
        {
            return;
        }

        parts.Add(new Rule("Local").LeftJustified());
        parts.AddRange(local.Overrides.Select(o => new Markup(
            $"[bold]{Markup.Escape(o.Key)}[/] (local override): {Markup.Escape(o.Value.Value ?? "(empty)")} [grey]— Jira: {Markup.Escape(o.Value.Jira ?? "(empty)")}[/]")));
        parts.AddRange(local.Fields.Select(f => new Markup($"[bold]{Markup.Escape(f.Key)}[/]: {Markup.Escape(f.Value ?? "")}")));
        parts.AddRange(local.Notes.Select(n => new Markup($"[grey]{Instant(n.CreatedAt)}[/] {Markup.Escape(n.Body)}")));
    }

    private static void Row(Grid grid, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            grid.AddRow(new Markup($"[bold]{name}[/]"), new Text(value));
        }
    }

    private static string Instant(DateTimeOffset? instant) =>
        instant?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
