using Atlas.Core.Sync;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Atlas.Cli.Rendering;

/// <summary>Sync reports for people: a summary table after a run, a history table.</summary>
internal static class ReportRendering
{
    public static IRenderable Summary(SyncReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Sync run {report.RunId} — {Colored(report.Status)}").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        AddRow(table, "Mode", report.Mode);
        AddRow(table, "Projects", string.Join(", ", report.Projects));
        AddRow(table, "Processed", report.Processed);
        AddRow(table, "Created", report.Created);
        AddRow(table, "Updated", report.Updated);
        AddRow(table, "Unchanged", report.Unchanged);
        AddRow(table, "Deleted", report.Deleted);
        AddRow(table, "Rejected", report.Rejected);
        AddRow(table, "Merged (local edits)", report.Merged);
        AddRow(table, "Conflicts", report.Conflicts);
        AddRow(table, "Auto-resolved", report.AutoResolved);
        AddRow(table, "Pending (atlas conflicts)", report.Pending);
        AddRow(table, "API calls", report.ApiCalls);
        AddRow(table, "Duration", $"{(report.DurationMs ?? 0) / 1000.0:0.0} s");
        if (report.Error is { } error)
        {
            table.Caption(Markup.Escape(error));
        }

        return table;
    }

    public static IRenderable History(IReadOnlyList<SyncReport> runs)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Run", "Started", "Mode", "Trigger", "Status", "Processed", "Created", "Updated", "Deleted", "Rejected", "Calls", "Seconds");
        foreach (var run in runs)
        {
            table.AddRow(
                run.RunId.ToString(Culture),
                run.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", Culture),
                run.Mode,
                run.Trigger,
                Colored(run.Status),
                Number(run.Processed),
                Number(run.Created),
                Number(run.Updated),
                Number(run.Deleted),
                Number(run.Rejected),
                Number(run.ApiCalls),
                ((run.DurationMs ?? 0) / 1000.0).ToString("0.0", Culture));
        }

        return runs.Count == 0 ? new Markup("No sync has run yet: [bold]atlas sync[/]") : table;
    }

    public static string Colored(string status) => status switch
    {
        SyncStatus.Success or "healthy" => $"[green]{status}[/]",
        SyncStatus.Failed or "unhealthy" => $"[red]{status}[/]",
        SyncStatus.Running or SyncStatus.Skipped or "degraded" => $"[yellow]{status}[/]",
        _ => Markup.Escape(status),
    };

    private static System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.InvariantCulture;

    private static string Number(int value) => value.ToString("N0", Culture);

    private static void AddRow(Table table, string name, object value) =>
        table.AddRow(new Markup($"[bold]{name}[/]"), new Markup(Markup.Escape(value is int n ? Number(n) : value.ToString() ?? "")));
}
