namespace Atlas.Core.Jql;

/// <summary>What the validator may assume about the Jira site beyond its built-in catalog of system fields and functions.</summary>
/// <remarks>
/// A local validator cannot see the site's custom fields or the functions its apps add. Without
/// <see cref="CustomFieldNames"/>, an unknown field name is taken as a possible custom field (not an error, but an
/// offline blocker) unless it is one edit away from a system field name, such as <c>stauts</c> — the only unknown
/// names Atlas can call wrong with confidence. With the list, every name outside it and the catalog is an error.
/// </remarks>
public sealed record JqlValidationOptions
{
    /// <summary>No knowledge of the site: the built-in catalog only.</summary>
    public static JqlValidationOptions Default { get; } = new();

    /// <summary>The names of the site's custom fields (case-insensitive); null when unknown.</summary>
    public IReadOnlyCollection<string>? CustomFieldNames { get; init; }

    /// <summary>Names of JQL functions that apps on the site add; accepted with any arguments, and only live.</summary>
    public IReadOnlyCollection<string> AdditionalFunctions { get; init; } = [];
}
