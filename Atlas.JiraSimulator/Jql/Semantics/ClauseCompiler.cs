using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Validates one clause (field, operator, operand shape) and hands it to the compiler for its field type.</summary>
internal static class ClauseCompiler
{
    public static readonly Func<TicketVersion, bool> Never = static _ => false;

    private static readonly JqlOperator[] Equality = [JqlOperator.Equals, JqlOperator.NotEquals, JqlOperator.In, JqlOperator.NotIn, JqlOperator.Is, JqlOperator.IsNot];
    private static readonly JqlOperator[] Ordered = [.. Equality, JqlOperator.LessThan, JqlOperator.LessThanOrEquals, JqlOperator.GreaterThan, JqlOperator.GreaterThanOrEquals];
    private static readonly JqlOperator[] TextOperators = [JqlOperator.Like, JqlOperator.NotLike, JqlOperator.Is, JqlOperator.IsNot];
    private static readonly JqlOperator[] History = [JqlOperator.Was, JqlOperator.WasNot, JqlOperator.WasIn, JqlOperator.WasNotIn, JqlOperator.Changed];

    public static Func<TicketVersion, bool> Compile(JqlClause clause, bool negated, CompileScope scope)
    {
        var name = clause.Field.Name;
        var field = JqlFields.Find(name, scope.Env.Catalog);
        if (field is null)
        {
            scope.Error(JqlMessages.UnknownField(name));
            return Never;
        }

        if (!OperandShape.IsValid(clause, scope) || !Supported(field, clause.Operator, name, scope))
        {
            return Never;
        }

        var op = negated ? clause.Operator.Negate() : clause.Operator;
        return op.IsHistory() ? HistoryCompiler.Compile(field, op, clause, scope) : ByType(field, op, clause.Operand!, scope, name);
    }

    private static Func<TicketVersion, bool> ByType(JqlField field, JqlOperator op, JqlOperand operand, CompileScope scope, string name) => field.Type switch
    {
        JqlFieldType.IssueKey => KeyCompiler.Compile(op, operand, scope, name),
        JqlFieldType.Text or JqlFieldType.AllText => TextCompiler.Compile(field, op, operand, scope, name),
        JqlFieldType.DateTime or JqlFieldType.Date => DateCompiler.Compile(field, op, operand, scope, name),
        JqlFieldType.Number => NumberCompiler.Compile(field, op, operand, scope, name),
        JqlFieldType.Priority when IsRelational(op) => PriorityCompiler.Compile(op, operand, scope, name),
        _ => SetCompiler.Compile(field, op, operand, scope, name),
    };

    public static bool IsRelational(JqlOperator op) =>
        op is JqlOperator.LessThan or JqlOperator.LessThanOrEquals or JqlOperator.GreaterThan or JqlOperator.GreaterThanOrEquals;

    private static bool Supported(JqlField field, JqlOperator op, string name, CompileScope scope)
    {
        var supported = field.Type switch
        {
            JqlFieldType.Text => TextOperators,
            JqlFieldType.AllText => [JqlOperator.Like, JqlOperator.NotLike],
            JqlFieldType.DateTime or JqlFieldType.Date or JqlFieldType.Number or JqlFieldType.IssueKey or JqlFieldType.Priority => Ordered,
            _ => Equality,
        };
        if (supported.Contains(op) || (field.HasHistory && History.Contains(op)))
        {
            return true;
        }

        scope.Error(JqlMessages.UnsupportedOperator(op.Text(), name));
        return false;
    }
}
