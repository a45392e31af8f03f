namespace Atlas.Core.Templates;

/// <summary>A named JQL query a tester runs daily, with <c>{placeholders}</c> for its parameters.</summary>
/// <param name="Name">The name to run it by, e.g. <c>my-open</c>.</param>
/// <param name="Description">What it finds, in one sentence.</param>
/// <param name="Jql">The query with <c>{name}</c> where each parameter's value goes.</param>
/// <param name="Parameters">Its parameters, in the order they appear.</param>
public sealed record JqlTemplate(string Name, string Description, string Jql, IReadOnlyList<JqlTemplateParameter> Parameters);

/// <summary>One parameter of a template.</summary>
/// <param name="Name">The name given with <c>--param name=value</c>.</param>
/// <param name="Description">What to give.</param>
/// <param name="Default">The value used when none is given; null when the parameter is required.</param>
/// <param name="Kind">How the value is written into the query.</param>
public sealed record JqlTemplateParameter(string Name, string Description, string? Default, JqlTemplateParameterKind Kind);

/// <summary>How a parameter's value goes into the query; values are always quoted or checked, never pasted.</summary>
public enum JqlTemplateParameterKind
{
    /// <summary>One value, written as a quoted JQL string.</summary>
    Text,

    /// <summary>Comma-separated values, each written as a quoted JQL string.</summary>
    List,

    /// <summary>A whole number from 1 to 36500 (days, hours).</summary>
    Number,
}
