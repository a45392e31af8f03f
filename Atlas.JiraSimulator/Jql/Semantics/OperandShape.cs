namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Checks that an operator got the kind of operand it takes (list, single value, EMPTY), in Jira's words.</summary>
internal static class OperandShape
{
    public static bool IsValid(JqlClause clause, CompileScope scope)
    {
        var op = clause.Operator;
        var operand = clause.Operand;
        var message = operand switch
        {
            null => null,
            JqlValue or JqlEmpty when op.TakesList() => $"Operator '{op.Text()}' does not support the non-list value '{operand.Encoded}' for field '{clause.Field.Name}'.",
            JqlList when !op.TakesList() => $"Operator '{op.Text()}' does not support the list value '{operand.Encoded}' for field '{clause.Field.Name}'.",
            not JqlEmpty when op is JqlOperator.Is or JqlOperator.IsNot => $"Operator '{op.Text()}' only supports EMPTY or NULL; got '{operand.Encoded}' for field '{clause.Field.Name}'.",
            JqlEmpty when ClauseCompiler.IsRelational(op) || op is JqlOperator.Like or JqlOperator.NotLike => $"Operator '{op.Text()}' does not support EMPTY for field '{clause.Field.Name}'.",
            _ => null,
        };
        if (message is not null)
        {
            scope.Error(message);
        }

        return message is null;
    }
}
