namespace Atlas.Core.Jql;

/// <summary>Function checks: known name, argument count, increment arguments, result type against the field.</summary>
internal sealed partial class JqlValidator
{
    private static readonly JqlFunctionInfo AppFunction =
        new("app", 0, int.MaxValue, JqlValueType.Any, true, "it comes from an app that Atlas does not know");

    private JqlFunctionInfo? FindFunction(string name) =>
        JqlFunctionCatalog.Find(name)
        ?? (_options.AdditionalFunctions.Contains(name, StringComparer.OrdinalIgnoreCase) ? AppFunction with { Name = name } : null);

    /// <summary>Checks the call itself and notes if it needs Jira; returns the catalog entry when the call is sound.</summary>
    private JqlFunctionInfo? CheckFunction(JqlFunctionCall call)
    {
        var function = FindFunction(call.Name);
        var problem = function is null ? JqlValidationMessages.UnknownFunction(JqlDisplay.Function(call))
            : call.Arguments.Length < function.MinArguments || call.Arguments.Length > function.MaxArguments
                ? JqlValidationMessages.WrongArity(function, call.Arguments.Length)
            : function.TakesIncrement && call.Arguments.Any(argument => !JqlDateFormats.IsIncrement(argument.Value))
                ? JqlValidationMessages.BadIncrement(function.Name)
            : null;
        if (problem is not null)
        {
            Error(problem, call.Span);
            return null;
        }

        if (function!.NeedsJira is { } reason)
        {
            Blocker(JqlValidationMessages.NeedsJira(JqlDisplay.Function(call), reason), call.Span);
        }

        return function;
    }

    private void CheckFunctionForField(JqlFunctionCall call, string fieldName, JqlFieldResolution field)
    {
        var function = CheckFunction(call);
        if (function is not null && !Accepts(field, function.Returns))
        {
            Error(JqlValidationMessages.FunctionInvalidForField(function.Name, fieldName), call.Span);
        }
    }

    /// <summary>Whether a field can be compared with what a function yields; unknown and custom fields take anything.</summary>
    private static bool Accepts(JqlFieldResolution field, JqlValueType returns) => returns == JqlValueType.Any || field.Kind switch
    {
        JqlFieldKind.Custom => true,
        JqlFieldKind.User => returns == JqlValueType.User,
        JqlFieldKind.Date or JqlFieldKind.DateTime => returns == JqlValueType.Date,
        JqlFieldKind.IssueKey => returns == JqlValueType.Issue,
        JqlFieldKind.Sprint => returns == JqlValueType.Sprint,
        JqlFieldKind.Version => returns == JqlValueType.Version,
        JqlFieldKind.Project => returns == JqlValueType.Project,
        JqlFieldKind.Component => returns == JqlValueType.Component,
        JqlFieldKind.IssueType => returns == JqlValueType.IssueType,
        _ => false,
    };
}
