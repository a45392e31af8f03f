namespace Atlas.Core.Jql;

/// <summary>Jira's syntax error messages (the jql.parse.* texts), so Atlas answers in the words Jira would.</summary>
internal static partial class JqlMessages
{
    public const string ValidOperators = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

    public const string ValidEscapes = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

    public static JqlError ReservedWord(string word, JqlSpan span) =>
        Syntax($"'{Excerpt(word)}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.", span);

    public static JqlError ReservedCharacter(char c, int position) =>
        Syntax($"The character '{JqlCharacters.Printable(c)}' is a reserved JQL character. You must enclose it in a string or use the escape '{JqlCharacters.Escape(c)}' instead.", new(position, 1));

    public static JqlError IllegalCharacter(string text, char c, int position)
    {
        var (line, character) = JqlTextPosition.LineAndCharacter(text, position);
        return Syntax($"The character '{JqlCharacters.Printable(c)}' on line {line} at position {character} must be escaped. Use the escape '{JqlCharacters.Escape(c)}' instead.", new(position, 1));
    }

    public static JqlError IllegalEscape(string? sequence, JqlSpan span) => string.IsNullOrWhiteSpace(sequence)
        ? Syntax($"The escape sequence has not been completed. {ValidEscapes}", span)
        : Syntax($"'{Excerpt(sequence)}' is an illegal JQL escape sequence. {ValidEscapes}", span);

    public static JqlError UnfinishedString(string content, JqlSpan span) => string.IsNullOrWhiteSpace(content)
        ? Syntax("The quoted string has not been completed.", span)
        : Syntax($"The quoted string '{Excerpt(content)}' has not been completed.", span);

    public static JqlError IllegalNumber(string number, JqlSpan span) =>
        Syntax($"'{Excerpt(number)}' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.", span);

    public static JqlError EmptyFieldName(JqlSpan span) => Syntax("A field name cannot be empty.", span);

    public static JqlError EmptyFunctionName(JqlSpan span) => Syntax("A function name cannot be empty.", span);

    public static JqlError EmptyFunctionArgument(JqlSpan span) => Syntax("Function argument must be specified.", span);

    public static JqlError TooDeep(JqlSpan span) =>
        Syntax($"The query nests parentheses, NOT and lists more than {JqlLimits.MaxDepth} levels deep.", span);

    public static JqlError TooManySortFields(JqlSpan span) =>
        Syntax($"The ORDER BY clause may contain at most {JqlLimits.MaxOrderByFields} fields.", span);

    public static JqlError UnsupportedPredicate(JqlOperator op, string predicate, JqlSpan span) =>
        Syntax($"The {op.ToEnumName()} operator does not support the use of the {Excerpt(predicate)} predicate.", span);

    public static JqlError ChangedWithValue(string operand, JqlSpan span) =>
        Syntax($"The CHANGED operator does not support the use of values without predicates. You must prefix the {Excerpt(operand)} value with a suitable predicate.", span);

    /// <summary>Quotes at most <see cref="JqlLimits.MaxExcerpt"/> characters of user text, with line breaks shown as spaces like Jira.</summary>
    public static string Excerpt(string text)
    {
        var cut = text.Length > JqlLimits.MaxExcerpt ? string.Concat(text.AsSpan(0, JqlLimits.MaxExcerpt), "…") : text;
        return cut.Replace('\n', ' ').Replace('\r', ' ');
    }

    private static JqlError Syntax(string message, JqlSpan span) => new(message, span.Position, span.Length);
}
