namespace Atlas.Core.Jql;

/// <summary>The clause operators of JQL.</summary>
public enum JqlOperator
{
    /// <summary><c>=</c></summary>
    EqualTo,

    /// <summary><c>!=</c></summary>
    NotEqualTo,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqualTo,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqualTo,

    /// <summary><c>~</c> (contains)</summary>
    Contains,

    /// <summary><c>!~</c> (does not contain)</summary>
    NotContains,

    /// <summary>IN</summary>
    In,

    /// <summary>NOT IN</summary>
    NotIn,

    /// <summary>IS</summary>
    Is,

    /// <summary>IS NOT</summary>
    IsNot,

    /// <summary>WAS</summary>
    Was,

    /// <summary>WAS IN</summary>
    WasIn,

    /// <summary>WAS NOT</summary>
    WasNot,

    /// <summary>WAS NOT IN</summary>
    WasNotIn,

    /// <summary>CHANGED</summary>
    Changed,
}

/// <summary>How operators are written.</summary>
public static class JqlOperatorText
{
    /// <summary>The operator as canonical JQL writes it: <c>=</c>, <c>NOT IN</c>, <c>WAS NOT IN</c>…</summary>
    public static string ToJql(this JqlOperator op) => op switch
    {
        JqlOperator.EqualTo => "=",
        JqlOperator.NotEqualTo => "!=",
        JqlOperator.GreaterThan => ">",
        JqlOperator.GreaterThanOrEqualTo => ">=",
        JqlOperator.LessThan => "<",
        JqlOperator.LessThanOrEqualTo => "<=",
        JqlOperator.Contains => "~",
        JqlOperator.NotContains => "!~",
        JqlOperator.In => "IN",
        JqlOperator.NotIn => "NOT IN",
        JqlOperator.Is => "IS",
        JqlOperator.IsNot => "IS NOT",
        JqlOperator.Was => "WAS",
        JqlOperator.WasIn => "WAS IN",
        JqlOperator.WasNot => "WAS NOT",
        JqlOperator.WasNotIn => "WAS NOT IN",
        _ => "CHANGED",
    };

    /// <summary>The operator as Jira's validation messages show it: <c>=</c>, <c>in</c>, <c>is not</c>…</summary>
    internal static string ToDisplay(this JqlOperator op) => op.ToJql().ToLowerInvariant();

    /// <summary>The operator's Java enum name, which Jira's parser messages use (<c>EQUALS</c>, <c>WAS_NOT</c>).</summary>
    internal static string ToEnumName(this JqlOperator op) => op switch
    {
        JqlOperator.EqualTo => "EQUALS",
        JqlOperator.NotEqualTo => "NOT_EQUALS",
        JqlOperator.GreaterThan => "GREATER_THAN",
        JqlOperator.GreaterThanOrEqualTo => "GREATER_THAN_EQUALS",
        JqlOperator.LessThan => "LESS_THAN",
        JqlOperator.LessThanOrEqualTo => "LESS_THAN_EQUALS",
        JqlOperator.Contains => "LIKE",
        JqlOperator.NotContains => "NOT_LIKE",
        _ => op.ToJql().Replace(' ', '_'),
    };

    /// <summary>Whether the operator looks into the change history (WAS forms and CHANGED).</summary>
    public static bool IsHistorical(this JqlOperator op) => op >= JqlOperator.Was;

    /// <summary>Whether the operator takes a list (IN, NOT IN, WAS IN, WAS NOT IN).</summary>
    public static bool TakesList(this JqlOperator op) =>
        op is JqlOperator.In or JqlOperator.NotIn or JqlOperator.WasIn or JqlOperator.WasNotIn;
}
