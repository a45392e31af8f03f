namespace Atlas.Core.Jql;

/// <summary>Bounds that keep parsing safe on hostile input.</summary>
internal static class JqlLimits
{
    /// <summary>Deepest nesting of parentheses, NOT and lists; the recursive parser never goes deeper, so it cannot overflow the stack.</summary>
    public const int MaxDepth = 100;

    /// <summary>Most ORDER BY keys a query may name.</summary>
    public const int MaxOrderByFields = 7;

    /// <summary>Longest piece of the query quoted back in a message; longer ones are cut with an ellipsis.</summary>
    public const int MaxExcerpt = 100;
}
