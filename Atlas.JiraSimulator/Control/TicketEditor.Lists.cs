using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Control;

internal sealed partial class TicketEditor
{
    private static TicketVersion Lists(TicketVersion t, TicketUpdate update)
    {
        if (update.Labels is not null)
        {
            t = t with { Labels = [.. update.Labels.Select(Label).Distinct(StringComparer.Ordinal)] };
        }

        if (update.Components is not null)
        {
            t = t with { Components = [.. update.Components.Select(n => Named(t.Project.Components, c => c.Name, n, "component", t.Project.Key))] };
        }

        if (update.FixVersions is not null)
        {
            t = t with { FixVersions = [.. update.FixVersions.Select(n => Named(t.Project.Versions, v => v.Name, n, "version", t.Project.Key))] };
        }

        return t;
    }

    private TicketVersion Links(TicketVersion t, TicketUpdate update)
    {
        if (update.DueDate is not null)
        {
            t = t with { DueDate = update.DueDate.Length == 0 ? null : Date(update.DueDate) };
        }

        if (update.Parent is null)
        {
            return t;
        }

        var parent = update.Parent.Length == 0 ? null : site.Store.Find(update.Parent)?.Current ?? throw new ArgumentException($"Parent '{update.Parent}' does not exist.");
        if (parent?.Id == t.Id)
        {
            throw new ArgumentException("A ticket cannot be its own parent.");
        }

        return t with { ParentId = parent?.Id };
    }

    /// <summary>Jira labels cannot contain spaces.</summary>
    private static string Label(string label) =>
        label.Length > 0 && !label.Any(char.IsWhiteSpace) ? label : throw new ArgumentException($"Invalid label '{label}': labels cannot be empty or contain spaces.");

    public static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"Invalid date '{text}': use yyyy-MM-dd.");

    private static T Named<T>(IReadOnlyList<T> items, Func<T, string> name, string wanted, string kind, string project) =>
        items.FirstOrDefault(i => string.Equals(name(i), wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Project {project} has no {kind} '{wanted}'.");
}
