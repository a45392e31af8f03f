using Atlas.JiraSimulator.Store;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>What rendering a ticket needs besides the ticket: shared fragments, the user's zone, related tickets.</summary>
internal sealed record RenderContext(Fragments Fragments, TimeZoneInfo Zone, TicketStore Store)
{
    public SiteLinks Links => Fragments.Links;

    public string Time(DateTimeOffset instant) => JiraFormat.Timestamp(instant, Zone);
}
