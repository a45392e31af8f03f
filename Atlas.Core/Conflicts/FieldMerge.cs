namespace Atlas.Core.Conflicts;

/// <summary>How a field moved since the last sync, judged from its base, local and remote values.</summary>
internal enum FieldChange
{
    /// <summary>Both sides hold the same value (changed alike, or the local value equals Jira's): nothing to resolve.</summary>
    Converged,

    /// <summary>Only the tester changed it: the local value stays.</summary>
    LocalOnly,

    /// <summary>Only Jira changed it (the local value equals the base): Jira's value is taken.</summary>
    JiraOnly,

    /// <summary>Both changed it, differently: the strategy decides.</summary>
    Conflict,
}

/// <summary>A local override as the merge sees it.</summary>
internal sealed record LocalOverride(long TicketId, string Field, string? Value, DateTimeOffset EditedAt);

/// <summary>What the merge decided for one overridden field. <see cref="Strategy"/> and <see cref="Outcome"/> are set for a conflict only.</summary>
internal sealed record FieldDecision(string Field, string? Base, string? Local, string? Remote, FieldChange Change, bool KeepLocal, string? Strategy = null, string? Outcome = null)
{
    public bool IsConflict => Change == FieldChange.Conflict;

    public bool IsPending => Outcome == FieldOutcomes.Pending;
}

/// <summary>The three-way merge of one field: pure, so every strategy × case is easy to state and test.</summary>
internal static class FieldMerge
{
    /// <param name="local">The tester's override.</param>
    /// <param name="baseValue">The value at the last sync.</param>
    /// <param name="remote">Jira's value now.</param>
    /// <param name="jiraUpdated">Jira's <c>updated</c>, already moved onto Atlas's clock (see <see cref="ConflictPolicy.JiraClockOffset"/>).</param>
    /// <param name="strategy">The strategy for this ticket, asked only when the field is in conflict.</param>
    public static FieldDecision Decide(LocalOverride local, string? baseValue, string? remote, DateTimeOffset jiraUpdated, Func<string> strategy)
    {
        var decision = new FieldDecision(local.Field, baseValue, local.Value, remote, Classify(local.Value, baseValue, remote), KeepLocal: false);
        return decision.Change switch
        {
            FieldChange.LocalOnly => decision with { KeepLocal = true },
            FieldChange.Conflict => Resolve(decision, strategy(), local.EditedAt, jiraUpdated),
            _ => decision,
        };
    }

    private static FieldChange Classify(string? local, string? baseValue, string? remote) =>
        Same(local, remote) ? FieldChange.Converged
        : Same(remote, baseValue) ? FieldChange.LocalOnly
        : Same(local, baseValue) ? FieldChange.JiraOnly
        : FieldChange.Conflict;

    private static FieldDecision Resolve(FieldDecision conflict, string strategy, DateTimeOffset editedAt, DateTimeOffset jiraUpdated)
    {
        // A tie goes to Jira: it is the system of record, and Atlas never writes back to it.
        var keep = strategy switch
        {
            ConflictStrategies.LocalWins or ConflictStrategies.Manual => true,
            ConflictStrategies.NewestWins => editedAt.UtcDateTime > jiraUpdated.UtcDateTime,
            _ => false,
        };
        var outcome = strategy == ConflictStrategies.Manual ? FieldOutcomes.Pending : keep ? FieldOutcomes.KeptLocal : FieldOutcomes.TookJira;
        return conflict with { KeepLocal = keep, Strategy = strategy, Outcome = outcome };
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);
}
