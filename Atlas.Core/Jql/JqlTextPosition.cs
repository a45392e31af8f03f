namespace Atlas.Core.Jql;

/// <summary>Turns offsets into Jira's 1-based line and character numbers.</summary>
internal static class JqlTextPosition
{
    /// <summary>Lines break at LF, as in Jira's ANTLR lexer; the character counts UTF-16 units from the line start.</summary>
    public static (int Line, int Character) LineAndCharacter(string text, int position)
    {
        var end = Math.Clamp(position, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = text.IndexOf('\n', 0, end); i >= 0; i = text.IndexOf('\n', i + 1, end - i - 1))
        {
            line++;
            lineStart = i + 1;
        }

        return (line, end - lineStart + 1);
    }
}
