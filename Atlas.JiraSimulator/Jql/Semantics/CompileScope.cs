namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Collects the validation problems of one query while it is compiled.</summary>
internal sealed class CompileScope(JqlEnvironment environment)
{
    private readonly List<JqlError> _errors = [];

    public JqlEnvironment Env => environment;

    public IReadOnlyList<JqlError> Errors => _errors;

    public void Error(string message) => _errors.Add(new JqlError(message));

    /// <summary>A value that does not exist: an error in strict validation, a warning in `warn`.</summary>
    public void MissingValue(string value, string field) => _errors.Add(new JqlError(JqlMessages.UnknownValue(value, field), IsWarning: true));
}
