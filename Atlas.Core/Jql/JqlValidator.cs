namespace Atlas.Core.Jql;

/// <summary>Checks a parsed query against the field and function catalogs, as Jira's validators would, and lists what needs Jira.</summary>
/// <remarks>
/// Per clause the checks run in Jira's order — field, operator usage, operator support, predicates, values — and stop
/// at the clause's first error. What Atlas cannot know locally (which values exist, custom fields, app functions) is
/// never reported as an error.
/// </remarks>
internal sealed partial class JqlValidator
{
    private readonly JqlValidationOptions _options;
    private readonly List<JqlError> _errors = [];
    private readonly List<JqlError> _blockers = [];

    private JqlValidator(JqlValidationOptions options) => _options = options;

    public static (IReadOnlyList<JqlError> Errors, IReadOnlyList<JqlError> OfflineBlockers) Validate(JqlQuery query, JqlValidationOptions options)
    {
        var validator = new JqlValidator(options);
        if (query.Where is not null)
        {
            validator.Visit(query.Where);
        }

        validator.ValidateOrderBy(query.OrderBy);
        return (validator._errors, validator._blockers);
    }

    private void Visit(JqlExpression expression)
    {
        var children = expression switch
        {
            JqlAnd and => and.Operands,
            JqlOr or => or.Operands,
            JqlNot not => [not.Operand],
            _ => [],
        };
        foreach (var child in children)
        {
            Visit(child);
        }

        if (expression is JqlClause clause)
        {
            ValidateClause(clause);
        }
    }

    private void ValidateClause(JqlClause clause)
    {
        var field = JqlFieldResolution.Resolve(clause.Field, _options);
        if (field.Origin == JqlFieldOrigin.Unknown)
        {
            Error(JqlValidationMessages.FieldDoesNotExist(clause.Field.Name), clause.Field.Span);
            return;
        }

        NoteOfflineField(clause.Field, field);
        NoteOfflineOperator(clause);
        var valid = CheckOperatorUsage(clause) && CheckOperatorSupport(clause, field) && CheckPredicates(clause);
        if (valid && clause.Operand is not null)
        {
            CheckOperand(clause.Operand, clause, field);
        }
    }

    private void Error(string message, JqlSpan span) =>
        _errors.Add(new JqlError(message, span.Position, span.Length, JqlErrorKind.Validation));

    private void Blocker(string message, JqlSpan span) =>
        _blockers.Add(new JqlError(message, span.Position, span.Length, JqlErrorKind.Offline));
}
