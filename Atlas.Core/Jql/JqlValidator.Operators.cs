namespace Atlas.Core.Jql;

/// <summary>Operator checks: the operand's shape (Jira's OperatorUsageValidator), then the field's supported operators.</summary>
internal sealed partial class JqlValidator
{
    private bool CheckOperatorUsage(JqlClause clause)
    {
        var message = clause.Operand is null ? null : UsageProblem(clause.Operator, clause.Operand, clause.Field.Name);
        if (message is not null)
        {
            Error(message, clause.Span);
        }

        return message is null;
    }

    private string? UsageProblem(JqlOperator op, JqlOperand operand, string field)
    {
        if (op is JqlOperator.Is or JqlOperator.IsNot)
        {
            return operand is JqlEmpty ? null : JqlValidationMessages.NonEmptyValue(op, field);
        }

        if (op.TakesList())
        {
            return operand switch
            {
                JqlEmpty => JqlValidationMessages.EmptyValue(op, field),
                JqlValue or JqlFunctionCall when !YieldsList(operand) => JqlValidationMessages.NonListValue(op, JqlDisplay.Operand(operand), field),
                _ => null,
            };
        }

        return operand switch
        {
            JqlList => JqlValidationMessages.ListValue(op, JqlDisplay.Operand(operand), field),
            JqlFunctionCall call when JqlFunctionCatalog.Find(call.Name) is { ReturnsList: true } => JqlValidationMessages.ListValue(op, JqlDisplay.Operand(operand), field),
            JqlEmpty when op is JqlOperator.GreaterThan or JqlOperator.GreaterThanOrEqualTo or JqlOperator.LessThan or JqlOperator.LessThanOrEqualTo
                => JqlValidationMessages.EmptyValue(op, field),
            _ => null,
        };
    }

    /// <summary>Lists, list functions, and functions Atlas does not know (which may well return lists: no false alarm).</summary>
    private bool YieldsList(JqlOperand operand) => operand switch
    {
        JqlList => true,
        JqlFunctionCall call => FindFunction(call.Name)?.ReturnsList ?? true,
        _ => false,
    };

    private bool CheckOperatorSupport(JqlClause clause, JqlFieldResolution field)
    {
        if (field.System is null || field.System.Operators.Contains(clause.Operator))
        {
            return true;
        }

        Error(JqlValidationMessages.OperatorNotSupported(clause.Operator, clause.Field.Name), clause.Span);
        return false;
    }
}
