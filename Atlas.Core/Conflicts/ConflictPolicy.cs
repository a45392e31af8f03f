using Atlas.Core.Configuration;

namespace Atlas.Core.Conflicts;

/// <summary>
/// How one page write settles conflicts: the strategy, whether MANUAL is kept for critical tickets (the rest get
/// <see cref="Fallback"/>), what makes a ticket critical, and how far Jira's clock runs ahead of Atlas's.
/// </summary>
internal sealed record ConflictPolicy(string Strategy, bool ManualForCriticalOnly = false, string Fallback = ConflictStrategies.JiraWins)
{
    /// <summary>Jira's default, for writes that name no policy.</summary>
    public static ConflictPolicy Default { get; } = new(ConflictStrategies.JiraWins);

    /// <summary>Priorities that make a ticket critical (any case).</summary>
    public IReadOnlyList<string> CriticalPriorities { get; init; } = SyncOptions.DefaultCriticalPriorities;

    /// <summary>JQL whose matches are critical too (evaluated offline against the store); null: priority only.</summary>
    public string? CriticalJql { get; init; }

    /// <summary>
    /// Jira's clock minus Atlas's (from the server's <c>Date</c> header). NEWEST_WINS subtracts it from Jira's
    /// <c>updated</c> so both instants come from one clock; zero when unknown.
    /// </summary>
    public TimeSpan JiraClockOffset { get; init; }

    /// <summary>The policy the settings ask for, with <paramref name="strategy"/> (a per-sync choice) over the configured one.</summary>
    public static ConflictPolicy From(SyncOptions sync, string? strategy = null) =>
        new(strategy ?? ConflictStrategies.ParseOrThrow(sync.ConflictResolution), sync.ManualFor == ManualScope.Critical, ConflictStrategies.ParseOrThrow(sync.FallbackResolution))
        {
            CriticalPriorities = sync.CriticalPriorities.Count > 0 ? sync.CriticalPriorities : SyncOptions.DefaultCriticalPriorities,
            CriticalJql = string.IsNullOrWhiteSpace(sync.CriticalJql) ? null : sync.CriticalJql,
        };

    /// <summary>The strategy for a conflict on a ticket that is (or is not) critical.</summary>
    public string For(bool critical) =>
        Strategy == ConflictStrategies.Manual && ManualForCriticalOnly && !critical ? Fallback : Strategy;

    /// <summary>Whether the strategy of a conflict depends on the ticket being critical (or a pending one must say whether it is).</summary>
    public bool AsksCriticality => Strategy == ConflictStrategies.Manual;

    public bool IsCriticalPriority(string? priority) =>
        priority is not null && CriticalPriorities.Contains(priority, StringComparer.OrdinalIgnoreCase);
}
