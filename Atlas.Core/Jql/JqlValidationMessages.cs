namespace Atlas.Core.Jql;

/// <summary>Jira's validation messages (the jira.jql.* texts) and Atlas's offline-blocker messages.</summary>
internal static class JqlValidationMessages
{
    private const string RunLive = "Run with --live.";

    public static string FieldDoesNotExist(string field) =>
        $"Field '{Excerpt(field)}' does not exist or you do not have permission to view it.";

    public static string OperatorNotSupported(JqlOperator op, string field) =>
        $"The operator '{op.ToDisplay()}' is not supported by the '{Excerpt(field)}' field.";

    public static string NonListValue(JqlOperator op, string value, string field) =>
        $"Operator '{op.ToDisplay()}' does not support the non-list value '{Excerpt(value)}' for field '{Excerpt(field)}'.";

    public static string ListValue(JqlOperator op, string value, string field) =>
        $"Operator '{op.ToDisplay()}' does not support the list value '{Excerpt(value)}' for field '{Excerpt(field)}'.";

    public static string EmptyValue(JqlOperator op, string field) =>
        $"Operator '{op.ToDisplay()}' does not support the empty value representation 'EMPTY' for field '{Excerpt(field)}'.";

    public static string NonEmptyValue(JqlOperator op, string field) =>
        $"Operator '{op.ToDisplay()}' does not support searching for non-empty values for field '{Excerpt(field)}'.";

    public static string InvalidDate(string value, string field) =>
        $"Date value '{Excerpt(value)}' for field '{Excerpt(field)}' is invalid. {JqlDateFormats.Hint}";

    public static string InvalidPredicateDate(string value, JqlPredicateKind predicate) =>
        $"Date value '{Excerpt(value)}' for predicate '{Lower(predicate)}' is invalid. {JqlDateFormats.Hint}";

    public static string InvalidIssueKey(string value, string field) =>
        $"The issue key '{Excerpt(value)}' for field '{Excerpt(field)}' is invalid.";

    public static string InvalidNumber(string value, string field) =>
        $"Value '{Excerpt(value)}' for field '{Excerpt(field)}' is invalid: it must be a whole number.";

    public static string EmptyTextSearch(string field) => $"The field '{Excerpt(field)}' does not support searching for an empty string.";

    public static string UnknownFunction(string display) => $"Unable to find JQL function '{Excerpt(display)}'.";

    public static string WrongArity(JqlFunctionInfo function, int received) => function.MinArguments == function.MaxArguments
        ? $"Function '{function.Name}' expected '{function.MinArguments}' arguments but received '{received}'."
        : $"Function '{function.Name}' expected between '{function.MinArguments}' and '{function.MaxArguments}' arguments but received '{received}'.";

    public static string BadIncrement(string function) =>
        $"Duration for function '{function}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.";

    public static string FunctionInvalidForField(string function, string field) =>
        $"A value provided by the function '{function}' is invalid for the field '{Excerpt(field)}'.";

    public static string FunctionInvalidForPredicate(string function, JqlPredicateKind predicate) =>
        $"A date for the predicate '{Lower(predicate)}' provided by the function '{function}' is not valid.";

    public static string SingleDatePredicate(JqlPredicateKind predicate) =>
        $"The {JqlDisplay.Keyword(predicate)} predicate must be supplied with only 1 date value.";

    public static string DuringNeedsTwoDates() => "The DURING predicate must be supplied with exactly 2 date values.";

    public static string PredicateNotSupported(JqlOperator op, JqlHistoryPredicate predicate) =>
        $"The {op.ToEnumName()} operator does not support the use of the {Excerpt(JqlDisplay.Predicate(predicate))} predicate.";

    public static string CannotSort(string field) => $"Not able to sort using field '{Excerpt(field)}'.";

    public static string SortNotSupported(string field) => $"Field '{Excerpt(field)}' does not support sorting.";

    public static string SortedTwice(string field, string first) => string.Equals(field, first, StringComparison.OrdinalIgnoreCase)
        ? $"The sort field '{Excerpt(field)}' is referenced multiple times in the JQL sort."
        : $"The sort field '{Excerpt(field)}' is referenced multiple times in the JQL sort. Field '{Excerpt(field)}' is an alias for field '{Excerpt(first)}'.";

    public static string NeedsJira(string subject, string reason) => $"'{Excerpt(subject)}' needs Jira: {reason}. {RunLive}";

    private static string Lower(JqlPredicateKind predicate) => JqlDisplay.Keyword(predicate).ToLowerInvariant();

    private static string Excerpt(string text) => JqlMessages.Excerpt(text);
}
