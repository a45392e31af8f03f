namespace Atlas.Core.Jql.Sql;

/// <summary>
/// A query translated for the store: one SELECT of live ticket ids in Jira's order, with every user value in
/// <see cref="Parameters"/> (never in <see cref="Sql"/>), or why it cannot run offline.
/// </summary>
/// <param name="Sql">The statement; empty when <see cref="Errors"/> or <see cref="Blockers"/> say it must not run.</param>
/// <param name="Parameters">Named values for the statement (<c>$p0</c>, <c>$p1</c>…).</param>
/// <param name="Errors">Values Jira would refuse (an issue key that is not one, a date out of range).</param>
/// <param name="Blockers">What only Jira can answer (an order the cache does not know, ids it does not keep).</param>
/// <param name="UsesTermTable">Whether the statement reads the FTS5 vocabulary table (prefix searches).</param>
/// <param name="UsesPriorityOrder">Whether it relies on Jira's default priority order (valid only while the cache holds no other priorities).</param>
internal sealed record JqlSqlTranslation(
    string Sql,
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    IReadOnlyList<JqlError> Errors,
    IReadOnlyList<JqlError> Blockers,
    bool UsesTermTable,
    bool UsesPriorityOrder)
{
    public bool CanRun => Errors.Count == 0 && Blockers.Count == 0;
}
