namespace Atlas.Core.Jql;

/// <summary>Value checks by field kind: dates, issue keys, numbers; functions are checked wherever they appear.</summary>
internal sealed partial class JqlValidator
{
    private void CheckOperand(JqlOperand operand, JqlClause clause, JqlFieldResolution field)
    {
        switch (operand)
        {
            case JqlList list:
                foreach (var item in list.Items)
                {
                    CheckOperand(item, clause, field);
                }

                break;
            case JqlFunctionCall call:
                CheckFunctionForField(call, clause.Field.Name, field);
                break;
            case JqlValue { Value.Length: 0 } when field.Kind == JqlFieldKind.Text:
                Error(JqlValidationMessages.EmptyTextSearch(clause.Field.Name), operand.Span);
                break;
            case JqlValue value when clause.Operator is not (JqlOperator.Contains or JqlOperator.NotContains):
                CheckValue(value, clause.Field.Name, field.Kind);
                break;
        }
    }

    private void CheckValue(JqlValue value, string fieldName, JqlFieldKind kind)
    {
        var problem = kind switch
        {
            JqlFieldKind.Date or JqlFieldKind.DateTime when !IsDate(value) => JqlValidationMessages.InvalidDate(value.Value, fieldName),
            JqlFieldKind.IssueKey when !IsIssueKeyOrId(value) => JqlValidationMessages.InvalidIssueKey(value.Value, fieldName),
            JqlFieldKind.Number when !IsWholeNumber(value.Value) => JqlValidationMessages.InvalidNumber(value.Value, fieldName),
            _ => null,
        };
        if (problem is not null)
        {
            Error(problem, value.Span);
        }
    }

    /// <summary>A bare number is epoch milliseconds; anything else must be a date or a period.</summary>
    private static bool IsDate(JqlValue value) => value.Kind == JqlValueKind.Number || JqlDateFormats.IsDateOrPeriod(value.Value);

    private static bool IsIssueKeyOrId(JqlValue value) => IsWholeNumber(value.Value) || IsIssueKey(value.Value);

    private static bool IsIssueKey(string value)
    {
        var dash = value.LastIndexOf('-');
        return dash > 0 && char.IsAsciiLetter(value[0]) && IsWholeNumber(value[(dash + 1)..])
            && !value.AsSpan(0, dash).ContainsAnyExcept(KeyCharacters);
    }

    private static bool IsWholeNumber(string value)
    {
        var digits = value.AsSpan(value.StartsWith('-') ? 1 : 0);
        return digits.Length is > 0 and <= 19 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
}
