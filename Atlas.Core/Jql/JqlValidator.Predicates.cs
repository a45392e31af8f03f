namespace Atlas.Core.Jql;

/// <summary>History predicate checks: which predicates an operator takes and the dates they carry.</summary>
internal sealed partial class JqlValidator
{
    private bool CheckPredicates(JqlClause clause)
    {
        var errorsBefore = _errors.Count;
        foreach (var predicate in clause.Predicates)
        {
            CheckPredicate(clause.Operator, predicate);
        }

        return _errors.Count == errorsBefore;
    }

    private void CheckPredicate(JqlOperator op, JqlHistoryPredicate predicate)
    {
        switch (predicate.Kind)
        {
            case JqlPredicateKind.From or JqlPredicateKind.To when op != JqlOperator.Changed:
                Error(JqlValidationMessages.PredicateNotSupported(op, predicate), predicate.Span);
                break;
            case JqlPredicateKind.After or JqlPredicateKind.Before or JqlPredicateKind.On:
                CheckSingleDate(predicate);
                break;
            case JqlPredicateKind.During:
                CheckDuring(predicate);
                break;
            default:
                CheckFunctionsIn(predicate.Operand);
                break;
        }
    }

    private void CheckSingleDate(JqlHistoryPredicate predicate)
    {
        if (predicate.Operand is JqlList or JqlEmpty)
        {
            Error(JqlValidationMessages.SingleDatePredicate(predicate.Kind), predicate.Span);
            return;
        }

        CheckPredicateDate(predicate.Operand, predicate.Kind);
    }

    private void CheckDuring(JqlHistoryPredicate predicate)
    {
        if (predicate.Operand is not JqlList { Items.Length: 2 } range)
        {
            Error(JqlValidationMessages.DuringNeedsTwoDates(), predicate.Span);
            return;
        }

        foreach (var item in range.Items)
        {
            CheckPredicateDate(item, predicate.Kind);
        }
    }

    private void CheckPredicateDate(JqlOperand operand, JqlPredicateKind kind)
    {
        switch (operand)
        {
            case JqlFunctionCall call when CheckFunction(call) is { } function && function.Returns is not (JqlValueType.Date or JqlValueType.Any):
                Error(JqlValidationMessages.FunctionInvalidForPredicate(function.Name, kind), call.Span);
                break;
            case JqlValue value when !IsDate(value):
                Error(JqlValidationMessages.InvalidPredicateDate(value.Value, kind), value.Span);
                break;
            case JqlList or JqlEmpty:
                Error(JqlValidationMessages.DuringNeedsTwoDates(), operand.Span);
                break;
        }
    }

    /// <summary>BY, FROM and TO take values Atlas cannot check, but any functions in them must exist.</summary>
    private void CheckFunctionsIn(JqlOperand operand)
    {
        switch (operand)
        {
            case JqlFunctionCall call:
                CheckFunction(call);
                break;
            case JqlList list:
                foreach (var item in list.Items)
                {
                    CheckFunctionsIn(item);
                }

                break;
        }
    }
}
