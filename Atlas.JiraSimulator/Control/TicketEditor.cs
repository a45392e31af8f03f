using Atlas.JiraSimulator.Data;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Control;

/// <summary>Applies a <see cref="TicketUpdate"/> to a ticket version, recording tracked changes as one changelog entry.</summary>
internal sealed partial class TicketEditor(SimulatorSite site, DateTimeOffset now)
{
    private readonly List<ChangeItem> _changes = [];

    private JiraCatalog Catalog => site.Catalog;

    public TicketVersion Apply(TicketVersion current, TicketUpdate update)
    {
        var next = current with { Updated = now };
        next = Texts(next, update);
        next = People(next, update);
        next = Workflow(next, update);
        next = Lists(next, update);
        next = Links(next, update);
        next = next with { CustomValues = CustomFieldValues.Apply(next, update.CustomFields, Catalog) };
        if (_changes.Count == 0)
        {
            return next;
        }

        var author = update.Author is null ? Catalog.Me : User(update.Author);
        return next with { History = [.. next.History, new ChangeGroup(site.Store.NextChangeId(), author, now, [.. _changes])] };
    }

    private static TicketVersion Texts(TicketVersion t, TicketUpdate update) => t with
    {
        Summary = update.Summary ?? t.Summary,
        Description = update.Description is null ? t.Description : Adf(update.Description),
        Environment = update.Environment is null ? t.Environment : Adf(update.Environment),
    };

    private TicketVersion People(TicketVersion t, TicketUpdate update)
    {
        if (update.Assignee is not null)
        {
            var assignee = update.Assignee.Length == 0 ? null : User(update.Assignee);
            Track(t.Assignee?.AccountId != assignee?.AccountId, HistoryBuilder.AssigneeChange(t.Assignee, assignee));
            t = t with { Assignee = assignee };
        }

        return update.Reporter is null ? t : t with { Reporter = User(update.Reporter) };
    }

    private JiraUser User(string value) =>
        Catalog.MatchUsers(value).FirstOrDefault() ?? throw new ArgumentException($"No user matches '{value}'.");

    private static AdfDocument? Adf(string text) => text.Length == 0 ? null : AdfBuilder.FromPlainText(text);

    private void Track(bool changed, ChangeItem item)
    {
        if (changed)
        {
            _changes.Add(item);
        }
    }
}
