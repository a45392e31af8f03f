namespace Atlas.Core.Jql;

/// <summary>Operands as Jira's messages show them: <c>"text"</c>, <c>42</c>, <c>EMPTY</c>, <c>fn(a, b)</c>, <c>("a", "b")</c>.</summary>
internal static class JqlDisplay
{
    public static string Operand(JqlOperand operand) => operand switch
    {
        JqlValue { Kind: JqlValueKind.Number } number => number.Value,
        JqlValue value => $"\"{value.Value}\"",
        JqlEmpty => "EMPTY",
        JqlFunctionCall call => Function(call),
        JqlList list => "(" + string.Join(", ", list.Items.Select(Operand)) + ")",
        _ => string.Empty,
    };

    public static string Function(JqlFunctionCall call) =>
        call.Name + "(" + string.Join(", ", call.Arguments.Select(argument => argument.Value)) + ")";

    public static string Predicate(JqlHistoryPredicate predicate) =>
        Keyword(predicate.Kind).ToLowerInvariant() + " " + Operand(predicate.Operand);

    public static string Keyword(JqlPredicateKind kind) => kind.ToString().ToUpperInvariant();
}
