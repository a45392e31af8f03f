namespace Atlas.Core.Jql;

/// <summary>The field named on the left of a clause or in ORDER BY.</summary>
/// <param name="Name">The name as written, unescaped (<c>status</c>, <c>Story Points</c>, <c>customfield_10010</c>);
/// <c>cf[10010]</c> for the custom-field-id syntax.</param>
/// <param name="IsQuoted">Whether the name was written in quotes.</param>
/// <param name="CustomFieldId">The id when written as <c>cf[NNNNN]</c>; null otherwise.</param>
/// <param name="Property">The entity property reference of <c>issue.property[key].path</c>; null otherwise.</param>
/// <param name="Span">The field reference in the source text.</param>
public sealed record JqlField(string Name, bool IsQuoted, long? CustomFieldId, JqlFieldProperty? Property, JqlSpan Span);

/// <summary>The bracketed key and dotted path of an entity property field such as <c>issue.property[key].path</c>.</summary>
/// <param name="Key">The bracketed argument.</param>
/// <param name="Path">The path after the bracket without its leading dot; empty when none was written.</param>
public sealed record JqlFieldProperty(string Key, string Path);
