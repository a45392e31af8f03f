using Atlas.Core.Health;
using Atlas.Core.Status;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Atlas.Cli.Rendering;

/// <summary>Status and health for people.</summary>
internal static class StatusRendering
{
    public static IRenderable Status(StatusView status)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup("[bold]State[/]"), new Markup(ReportRendering.Colored(status.State)));
        if (status.Progress is { } progress)
        {
            grid.AddRow(new Markup("[bold]Progress[/]"), new Text($"{progress.Processed:N0}{(progress.Total is { } t ? $" of ~{t:N0}" : "")}{(progress.Percent is { } p ? $" ({p}%)" : "")}"));
        }

        if (status.LastRun is { } last)
        {
            grid.AddRow(new Markup("[bold]Last run[/]"), new Markup($"{last.RunId}: {ReportRendering.Colored(last.Status)} {last.Mode} at {last.StartedAt.ToLocalTime():yyyy-MM-dd HH:mm}, {last.Created} created, {last.Updated} updated, {last.Deleted} deleted{Escaped(last.Error)}"));
        }

        grid.AddRow(new Markup("[bold]Next run[/]"), new Text(status.NextRunAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "not scheduled (manual)"));
        grid.AddRow(new Markup("[bold]Tickets[/]"), new Text($"{status.Tickets.Total:N0} ({string.Join(", ", status.Tickets.ByProject.Select(p => $"{p.Key} {p.Value:N0}"))})"));
        if (status.Conflicts.Pending > 0)
        {
            var critical = status.Conflicts.Critical > 0 ? $" [red]({status.Conflicts.Critical} on critical tickets)[/]" : "";
            grid.AddRow(new Markup("[bold]Conflicts[/]"), new Markup($"{status.Conflicts.Pending} waiting{critical}: atlas conflicts"));
        }
        return grid;
    }

    public static IRenderable Health(HealthReport health)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Atlas is {ReportRendering.Colored(health.Status)} ({health.Mode})").AddColumns("Check", "Status", "Detail");
        foreach (var (name, check) in health.Checks)
        {
            table.AddRow(new Text(name), new Markup(ReportRendering.Colored(check.Status)), new Text(check.Detail));
        }

        return table;
    }

    private static string Escaped(string? error) => error is null ? "" : " — " + Markup.Escape(error);
}
