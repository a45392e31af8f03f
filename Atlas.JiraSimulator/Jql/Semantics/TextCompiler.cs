using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Text;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>`~` and `!~` on text fields (see <see cref="TextQuery"/>); `text` searches summary, description and environment.</summary>
internal static class TextCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlField field, JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        var text = PlainText(field);
        if (op is JqlOperator.Is or JqlOperator.IsNot)
        {
            return op == JqlOperator.Is ? t => string.IsNullOrEmpty(text(t)) : t => !string.IsNullOrEmpty(text(t));
        }

        if (operand is not JqlValue value)
        {
            scope.Error(operand is JqlFunction f ? JqlFunctionMessages.Unsupported(f, name) : $"The text query '{operand.Encoded}' for field '{name}' is not valid.");
            return ClauseCompiler.Never;
        }

        var query = TextQuery.Parse(value.Value);
        var tokens = Tokens(field);
        if (query.IsEmpty)
        {
            return ClauseCompiler.Never;
        }

        return op == JqlOperator.Like
            ? t => !string.IsNullOrEmpty(text(t)) && query.Matches(tokens(t))
            : t => !string.IsNullOrEmpty(text(t)) && !query.Matches(tokens(t));
    }

    private static Func<TicketVersion, string?> PlainText(JqlField field) => field.Property switch
    {
        "summary" => t => t.Summary,
        "description" => t => t.Description?.PlainText,
        "environment" => t => t.Environment?.PlainText,
        "text" => t => t.Summary + " " + t.Description?.PlainText + " " + t.Environment?.PlainText,
        _ => t => CustomText(t.Custom(field.Property)),
    };

    private static Func<TicketVersion, IReadOnlyList<string[]>> Tokens(JqlField field) => field.Property switch
    {
        "summary" => t => [TextIndex.Of(t).Summary],
        "description" => t => [TextIndex.Of(t).Description],
        "environment" => t => [TextIndex.Of(t).Environment],
        "text" => t => [TextIndex.Of(t).Summary, TextIndex.Of(t).Description, TextIndex.Of(t).Environment],
        _ => t => [TextIndex.Stems(CustomText(t.Custom(field.Property)))],
    };

    private static string? CustomText(object? value) => value switch
    {
        AdfDocument adf => adf.PlainText,
        string s => s,
        _ => null,
    };
}
