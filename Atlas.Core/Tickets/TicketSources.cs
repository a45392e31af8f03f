namespace Atlas.Core.Tickets;

/// <summary>The values of <see cref="TicketView.Source"/>.</summary>
public static class TicketSources
{
    public const string Live = "live";
    public const string Cache = "cache";
}
