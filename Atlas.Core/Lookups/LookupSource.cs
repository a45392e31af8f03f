namespace Atlas.Core.Lookups;

/// <summary>Where a lookup may answer from.</summary>
public enum LookupSource
{
    /// <summary>The cache while younger than <c>Atlas:Cache:Ttl</c>, else Jira (storing the answer), else the stale cache.</summary>
    Auto,

    /// <summary>Jira only; fails when Jira cannot be reached.</summary>
    Live,

    /// <summary>The local mirror only (offline).</summary>
    Cache,
}

/// <summary>How a lookup ended.</summary>
public enum LookupOutcome
{
    /// <summary>The ticket is in <see cref="TicketLookupResult.Ticket"/>.</summary>
    Found,

    /// <summary>Jira deleted it (or it is no longer visible); the kept copy is in <see cref="TicketLookupResult.Ticket"/>.</summary>
    Deleted,

    /// <summary>Neither Jira nor the cache has it.</summary>
    NotFound,

    /// <summary>Live data was required and Jira could not be reached.</summary>
    Unreachable,
}

/// <summary>The answer to a lookup; <see cref="Message"/> explains anything but a plain hit.</summary>
public sealed record TicketLookupResult(LookupOutcome Outcome, Tickets.TicketView? Ticket, string? Message = null);
