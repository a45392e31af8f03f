namespace Atlas.Core.Conflicts;

/// <summary>
/// What a sync does with a field both the tester and Jira changed since the last sync (<c>Atlas:Sync:ConflictResolution</c>,
/// or per sync). Changes on one side only, or to the same value, merge without a strategy.
/// </summary>
public static class ConflictStrategies
{
    /// <summary>Jira's value wins; the local edit is kept in the conflict log. The default.</summary>
    public const string JiraWins = "JIRA_WINS";

    /// <summary>The local value stays as an override until the tester removes it.</summary>
    public const string LocalWins = "LOCAL_WINS";

    /// <summary>The later of the local edit and Jira's <c>updated</c>, compared as UTC instants.</summary>
    public const string NewestWins = "NEWEST_WINS";

    /// <summary>The local value stays visible and the conflict waits in the inbox for a person.</summary>
    public const string Manual = "MANUAL";

    public static IReadOnlyList<string> All { get; } = [JiraWins, LocalWins, NewestWins, Manual];

    /// <summary>The strategy named by <paramref name="text"/> (any case, <c>-</c> or <c>_</c>), or null when it names none.</summary>
    public static string? Parse(string? text)
    {
        var normalized = text?.Trim().Replace('-', '_').ToUpperInvariant();
        return All.FirstOrDefault(s => s == normalized);
    }

    /// <summary>As <see cref="Parse"/>, or an <see cref="ArgumentException"/> that lists the choices.</summary>
    public static string ParseOrThrow(string text) =>
        Parse(text) ?? throw new ArgumentException($"'{text}' is not a conflict strategy; use {string.Join(", ", All)}.");
}
