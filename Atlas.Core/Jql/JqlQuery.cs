using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>A parsed JQL query: an optional condition and an optional ORDER BY list.</summary>
/// <param name="Where">The condition; null when the query has none (it then matches every issue).</param>
/// <param name="OrderBy">The sort keys in order; empty when there is no ORDER BY.</param>
public sealed record JqlQuery(JqlExpression? Where, ImmutableArray<JqlSortField> OrderBy)
{
    /// <summary>The query in canonical JQL (see <see cref="JqlText.Print"/>).</summary>
    public override string ToString() => JqlText.Print(this);
}

/// <summary>One ORDER BY key.</summary>
/// <param name="Field">The field to sort by.</param>
/// <param name="Direction">ASC or DESC; null when the query leaves the field's default order.</param>
/// <param name="Span">The field and its direction in the source text.</param>
public sealed record JqlSortField(JqlField Field, JqlSortDirection? Direction, JqlSpan Span);

/// <summary>The direction of an ORDER BY key.</summary>
public enum JqlSortDirection
{
    /// <summary>ASC.</summary>
    Ascending,

    /// <summary>DESC.</summary>
    Descending,
}
