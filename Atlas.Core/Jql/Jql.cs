namespace Atlas.Core.Jql;

/// <summary>Checks JQL before it runs, so an invalid query is reported as such and never becomes "0 results".</summary>
public static class Jql
{
    /// <summary>Parses and validates <paramref name="text"/> against Atlas's built-in catalog of system fields and functions.</summary>
    /// <remarks>Never throws and always terminates, whatever the input; null counts as the empty query (which matches every issue).</remarks>
    public static JqlParseResult Parse(string? text) => Parse(text, JqlValidationOptions.Default);

    /// <summary>Parses and validates <paramref name="text"/>, with what <paramref name="options"/> tell about the site.</summary>
    public static JqlParseResult Parse(string? text, JqlValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        text ??= string.Empty;
        JqlQuery query;
        try
        {
            query = JqlParser.Parse(text);
        }
        catch (JqlSyntaxException failure)
        {
            return new JqlParseResult(text, null, [failure.Error], []);
        }

        var report = JqlValidator.Validate(query, options);
        return new JqlParseResult(text, query, report.Errors, report.OfflineBlockers);
    }

    /// <summary>Parses without validation: the syntax tree, or the first syntax error.</summary>
    internal static (JqlQuery? Query, JqlError? Error) ParseSyntax(string text)
    {
        try
        {
            return (JqlParser.Parse(text), null);
        }
        catch (JqlSyntaxException failure)
        {
            return (null, failure.Error);
        }
    }
}
