using Atlas.Core.Tickets;

namespace Atlas.Core.Lookups;

/// <summary>Simple filters over the cached tickets ("my tickets" and friends); null means any.</summary>
public sealed record TicketFilter
{
    /// <summary>The most tickets a list returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary><see cref="Me"/> (the Jira user Atlas signs in as) or an Atlassian account id.</summary>
    public string? Assignee { get; init; }

    /// <summary>A status name, any case (<c>In Progress</c>).</summary>
    public string? Status { get; init; }

    /// <summary>A project key, any case.</summary>
    public string? Project { get; init; }

    /// <summary>How many tickets at most, 1 to <see cref="MaxLimit"/>; the most recently updated come first. Default 50.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>The assignee value that names the Jira user Atlas signs in as.</summary>
    public const string Me = "me";
}

/// <summary>
/// A list of cached tickets: always from the local mirror (<c>source: cache</c>), as of the start of the last successful
/// sync (<see cref="SyncedAt"/>); <see cref="Stale"/> when that is longer ago than <c>Atlas:Cache:Ttl</c> or never happened.
/// </summary>
public sealed record TicketList(string Source, int Count, DateTimeOffset? SyncedAt, bool Stale, IReadOnlyList<TicketView> Issues);
