namespace Atlas.Core.Jql;

/// <summary>The "Expecting … but got …" family; each has a form for a token and a form for the end of the query.</summary>
internal static partial class JqlMessages
{
    public static JqlError NoField(JqlToken token, string text) => token.Kind switch
    {
        JqlTokenKind.End => Syntax("Expecting a field name at the end of the query.", token.Span),
        JqlTokenKind.LeftBracket => Syntax("Expecting a field name but got '['. Did you mean 'cf['?", token.Span),
        _ => Got(token, text, "Expecting a field name but got '{0}'. You must surround '{0}' in quotation marks to use it as a field name."),
    };

    public static JqlError NoOperator(JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax($"Expecting operator before the end of the query. {ValidOperators}", token.Span)
        : Got(token, text, "Expecting operator but got '{0}'. " + ValidOperators);

    public static JqlError NoOperand(JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax("Expecting either a value, list or function before the end of the query.", token.Span)
        : Got(token, text, "Expecting either a value, list or function but got '{0}'. You must surround '{0}' in quotation marks to use it as a value.");

    public static JqlError NeedLogicalOperator(JqlToken token, string text) =>
        Got(token, text, "Expecting either 'OR' or 'AND' but got '{0}'.");

    public static JqlError NoSortOrder(JqlToken token, string text) =>
        Got(token, text, "Expecting either 'ASC' or 'DESC' but got '{0}'.");

    public static JqlError BadCustomFieldId(JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax("Expecting a custom field id (a positive number) before the end of the query.", token.Span)
        : Got(token, text, "Expecting a custom field id (a positive number) but got '{0}'.");

    public static JqlError BadFunctionArgument(JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax("Expecting a function argument at the end of the query.", token.Span)
        : Got(token, text, "Expecting a function argument but got '{0}'. You must surround '{0}' in quotation marks to use it as an argument.");

    public static JqlError BadPropertyArgument(JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax("Expecting a property id before the end of the query.", token.Span)
        : Got(token, text, "Expecting a property id but got '{0}'. You must surround '{0}' in quotation marks to use it as a value.");

    public static JqlError Expected(string expected, JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax($"Expecting '{expected}' before the end of the query.", token.Span)
        : Got(token, text, $"Expecting '{expected}' but got '{{0}}'.");

    public static JqlError Expected(string first, string second, JqlToken token, string text) => token.Kind == JqlTokenKind.End
        ? Syntax($"Expecting '{first}' or '{second}' before the end of the query.", token.Span)
        : Got(token, text, $"Expecting '{first}' or '{second}' but got '{{0}}'.");

    private static JqlError Got(JqlToken token, string text, string format) =>
        Syntax(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Excerpt(token.Describe(text))), token.Span);
}
