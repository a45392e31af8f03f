namespace Atlas.Core.Jql;

/// <summary>One system field: its JQL name and aliases, what it holds, which operators Jira accepts on it, and whether the local cache has it.</summary>
/// <param name="Id">The stable id the SQL translation maps to a column.</param>
/// <param name="Name">Jira's JQL name.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Operators">The operators Jira Cloud documents for it.</param>
/// <param name="Traits">Sortable, cached.</param>
/// <param name="Aliases">Other names Jira accepts for it.</param>
internal sealed record JqlFieldInfo(
    JqlSystemField Id,
    string Name,
    JqlFieldKind Kind,
    JqlOperatorSet Operators,
    JqlFieldTraits Traits,
    IReadOnlyList<string> Aliases)
{
    public bool IsSortable => Traits.HasFlag(JqlFieldTraits.Sortable);

    /// <summary>Whether Atlas's local store keeps this field, so an offline search can evaluate it.</summary>
    public bool IsCached => Traits.HasFlag(JqlFieldTraits.Cached);
}

/// <summary>Yes/no properties of a catalogued field.</summary>
[Flags]
internal enum JqlFieldTraits
{
    None = 0,
    Sortable = 1,
    Cached = 2,
}
