namespace Atlas.JiraSimulator.Jql;

/// <summary>Jira's wording of JQL errors (syntax errors carry "(line L, character C)", 1-based).</summary>
internal static class JqlMessages
{
    public const string ValidOperators = "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";

    public static string Syntax(string query, int position, string body) =>
        $"Error in the JQL Query: {body} {Location(query, position)}";

    public static string SyntaxAtEnd(string body) => $"Error in the JQL Query: {body}";

    public static string Location(string query, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < Math.Min(position, query.Length); i++)
        {
            if (query[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"(line {line}, character {position - lineStart + 1})";
    }

    public static string ReservedWord(string word) =>
        $"'{word}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.";

    public static string ReservedCharacter(char c) =>
        $"The character '{c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u{(int)c:x4}' instead.";

    public static string UnknownField(string field) => $"Field '{field}' does not exist or you do not have permission to view it.";

    public static string UnknownValue(string value, string field) => $"The value '{value}' does not exist for the field '{field}'.";

    public static string UnsupportedOperator(string op, string field) => $"The operator '{op}' is not supported by the '{field}' field.";
}
