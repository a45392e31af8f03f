using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Generates a site's tickets: skeletons sequentially, content in parallel (each ticket has its own seed).</summary>
internal static class TicketGenerator
{
    public static TicketVersion[] Generate(int count, int seed, JiraCatalog catalog, DateTimeOffset now)
    {
        var plans = TicketPlanner.Plan(count, seed, catalog.Projects, now);
        var tickets = new TicketVersion[plans.Length];
        Parallel.For(0, plans.Length, i => tickets[i] = TicketFactory.Create(plans[i], seed, catalog, now));
        return tickets;
    }
}
