using Atlas.JiraSimulator.Data;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Control;

internal sealed partial class TicketEditor
{
    private TicketVersion Workflow(TicketVersion t, TicketUpdate update)
    {
        if (update.Priority is not null)
        {
            var priority = Catalog.FindPriority(update.Priority) ?? throw new ArgumentException($"Unknown priority '{update.Priority}'.");
            Track(priority.Id != t.Priority.Id, HistoryBuilder.PriorityChange(t.Priority, priority));
            t = t with { Priority = priority };
        }

        if (update.Status is not null)
        {
            t = MoveTo(t, Catalog.FindStatus(update.Status) ?? throw new ArgumentException($"Unknown status '{update.Status}'."), update);
        }

        return update.Resolution is null ? t : Resolve(t, update.Resolution);
    }

    private TicketVersion MoveTo(TicketVersion t, Status status, TicketUpdate update)
    {
        if (status.Id == t.Status.Id)
        {
            return t;
        }

        Track(true, HistoryBuilder.StatusChange(t.Status, status));
        var categoryChanged = status.Category.Key != t.Status.Category.Key;
        t = t with { Status = status, StatusCategoryChangeDate = categoryChanged ? now : t.StatusCategoryChangeDate };
        if (status.Category.IsDone && t.Resolution is null && update.Resolution is null)
        {
            return Resolve(t, ReferenceData.Resolutions[0].Name);
        }

        return !status.Category.IsDone && t.Resolution is not null ? Resolve(t, "") : t;
    }

    private TicketVersion Resolve(TicketVersion t, string value)
    {
        var resolution = value.Length == 0 ? null : Catalog.FindResolution(value) ?? throw new ArgumentException($"Unknown resolution '{value}'.");
        Track(resolution?.Id != t.Resolution?.Id, HistoryBuilder.ResolutionChange(t.Resolution, resolution));
        var date = resolution is null ? null : t.Resolution is null ? now : t.ResolutionDate;
        return t with { Resolution = resolution, ResolutionDate = date };
    }
}
