using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Store;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>What a query is evaluated against: the site, the searching user's profile and the server clock.</summary>
internal sealed record JqlEnvironment(JiraCatalog Catalog, TicketStore Store, ProfileSettings Profile, DateTimeOffset Now)
{
    public JiraUser Me => Catalog.Me;
}
