using System.Globalization;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Control;

/// <summary>Moves a ticket between projects; project-specific values (components, versions, sprints) are dropped.</summary>
internal static class TicketMover
{
    public static TicketVersion Move(TicketVersion ticket, Project target, SimulatorSite site, DateTimeOffset now)
    {
        if (target.Id == ticket.Project.Id)
        {
            throw new ArgumentException($"{ticket.Key} is already in project {target.Key}.");
        }

        var number = site.Store.ReserveNumber(target);
        var newKey = $"{target.Key}-{number.ToString(CultureInfo.InvariantCulture)}";
        var change = new ChangeGroup(site.Store.NextChangeId(), site.Catalog.Me, now,
        [
            new ChangeItem("project", ticket.Project.Id, ticket.Project.Name, target.Id, target.Name),
            new ChangeItem("Key", null, ticket.Key, null, newKey),
        ]);
        var custom = ticket.CustomValues.Where(p => p.Value is not Sprint[]).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return ticket with
        {
            Project = target,
            Number = number,
            Components = [],
            FixVersions = [],
            CustomValues = custom,
            Updated = now,
            History = [.. ticket.History, change],
        };
    }
}
