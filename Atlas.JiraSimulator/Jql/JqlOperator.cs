namespace Atlas.JiraSimulator.Jql;

internal enum JqlOperator
{
    Equals,
    NotEquals,
    LessThan,
    LessThanOrEquals,
    GreaterThan,
    GreaterThanOrEquals,
    Like,
    NotLike,
    In,
    NotIn,
    Is,
    IsNot,
    Was,
    WasNot,
    WasIn,
    WasNotIn,
    Changed,
    NotChanged,
}

internal static class JqlOperators
{
    /// <summary>The operator as Jira prints it in structures and messages (`=`, `in`, `is not`...).</summary>
    public static string Text(this JqlOperator op) => op switch
    {
        JqlOperator.Equals => "=",
        JqlOperator.NotEquals => "!=",
        JqlOperator.LessThan => "<",
        JqlOperator.LessThanOrEquals => "<=",
        JqlOperator.GreaterThan => ">",
        JqlOperator.GreaterThanOrEquals => ">=",
        JqlOperator.Like => "~",
        JqlOperator.NotLike => "!~",
        JqlOperator.In => "in",
        JqlOperator.NotIn => "not in",
        JqlOperator.Is => "is",
        JqlOperator.IsNot => "is not",
        JqlOperator.Was => "was",
        JqlOperator.WasNot => "was not",
        JqlOperator.WasIn => "was in",
        JqlOperator.WasNotIn => "was not in",
        JqlOperator.Changed => "changed",
        _ => "not changed",
    };

    /// <summary>The operator NOT turns this one into (De Morgan push-down, as Jira evaluates NOT).</summary>
    public static JqlOperator Negate(this JqlOperator op) => op switch
    {
        JqlOperator.Equals => JqlOperator.NotEquals,
        JqlOperator.NotEquals => JqlOperator.Equals,
        JqlOperator.LessThan => JqlOperator.GreaterThanOrEquals,
        JqlOperator.GreaterThanOrEquals => JqlOperator.LessThan,
        JqlOperator.GreaterThan => JqlOperator.LessThanOrEquals,
        JqlOperator.LessThanOrEquals => JqlOperator.GreaterThan,
        JqlOperator.Like => JqlOperator.NotLike,
        JqlOperator.NotLike => JqlOperator.Like,
        JqlOperator.In => JqlOperator.NotIn,
        JqlOperator.NotIn => JqlOperator.In,
        JqlOperator.Is => JqlOperator.IsNot,
        JqlOperator.IsNot => JqlOperator.Is,
        JqlOperator.Was => JqlOperator.WasNot,
        JqlOperator.WasNot => JqlOperator.Was,
        JqlOperator.WasIn => JqlOperator.WasNotIn,
        JqlOperator.WasNotIn => JqlOperator.WasIn,
        JqlOperator.Changed => JqlOperator.NotChanged,
        _ => JqlOperator.Changed,
    };

    public static bool TakesList(this JqlOperator op) =>
        op is JqlOperator.In or JqlOperator.NotIn or JqlOperator.WasIn or JqlOperator.WasNotIn;

    public static bool IsHistory(this JqlOperator op) =>
        op is JqlOperator.Was or JqlOperator.WasNot or JqlOperator.WasIn or JqlOperator.WasNotIn or JqlOperator.Changed or JqlOperator.NotChanged;
}
