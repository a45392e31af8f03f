using System.Globalization;
using Atlas.Core.Conflicts;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Atlas.Cli.Rendering;

/// <summary>The conflict inbox and the resolution log for people: one row per field, base / local / Jira side by side.</summary>
internal static class ConflictRendering
{
    public static IRenderable Inbox(ConflictList list)
    {
        if (list.Conflicts.Count == 0)
        {
            return new Markup("[green]No conflicts are waiting.[/]");
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Ticket", "Field", "Base", "Local", "Jira", "Detected");
        foreach (var conflict in list.Conflicts)
        {
            var ticket = conflict.Critical ? $"[red]{Markup.Escape(conflict.Key)} (critical)[/]" : Markup.Escape(conflict.Key);
            var id = conflict.Status == ConflictStatuses.Pending ? conflict.Id.ToString(CultureInfo.InvariantCulture) : $"{conflict.Id} ({conflict.Status})";
            foreach (var field in conflict.Fields)
            {
                table.AddRow(Markup.Escape(id), ticket, Markup.Escape(field.Field), Value(field.Base), Value(field.Local), Value(field.Jira), Instant(conflict.DetectedAt));
            }
        }

        return table.Caption($"{list.Count} pending ({list.Critical} critical) — resolve with: atlas resolve ID --take local|jira|FIELD=VALUE");
    }

    public static IRenderable Log(ConflictLog log)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("When", "Ticket", "Field", "Base", "Local", "Jira", "Strategy", "Outcome", "Value", "By");
        foreach (var entry in log.Entries)
        {
            table.AddRow(
                Instant(entry.At), Markup.Escape(entry.Key), Markup.Escape(entry.Field), Value(entry.Base), Value(entry.Local), Value(entry.Jira),
                Markup.Escape(entry.Strategy), Markup.Escape(entry.Outcome), Value(entry.Value), Markup.Escape(entry.ResolvedBy ?? "sync"));
        }

        return log.Entries.Count == 0 ? new Markup("The conflict log is empty.") : table;
    }

    private static string Value(string? value) => value is null ? "[grey](empty)[/]" : Markup.Escape(value);

    private static string Instant(DateTimeOffset instant) => instant.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
