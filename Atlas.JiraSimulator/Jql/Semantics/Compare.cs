namespace Atlas.JiraSimulator.Jql.Semantics;

internal static class Compare
{
    /// <summary>Whether a comparison result satisfies a relational (or equality) operator.</summary>
    public static bool Holds(JqlOperator op, int comparison) => op switch
    {
        JqlOperator.LessThan => comparison < 0,
        JqlOperator.LessThanOrEquals => comparison <= 0,
        JqlOperator.GreaterThan => comparison > 0,
        JqlOperator.GreaterThanOrEquals => comparison >= 0,
        JqlOperator.NotEquals or JqlOperator.NotIn => comparison != 0,
        _ => comparison == 0,
    };
}
