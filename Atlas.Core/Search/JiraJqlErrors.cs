using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.Core.Jql;

namespace Atlas.Core.Search;

/// <summary>Jira's refusals of a query (HTTP 400) as <see cref="JqlError"/>s, placed where Jira says "(line L, character C)".</summary>
internal static partial class JiraJqlErrors
{
    public static IReadOnlyList<JqlError> From(IReadOnlyList<string> messages, string jql) =>
        [.. (messages.Count == 0 ? ["Jira refused the query without saying why."] : messages).Select(message => From(message, jql))];

    private static JqlError From(string message, string jql)
    {
        var match = Where().Match(message);
        if (!match.Success)
        {
            return new JqlError(message, 0, jql.Length, JqlErrorKind.Validation);
        }

        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var character = int.Parse(match.Groups["character"].Value, CultureInfo.InvariantCulture);
        var position = Math.Clamp(LineStart(jql, line) + character - 1, 0, jql.Length);
        return new JqlError(message, position, position < jql.Length ? 1 : 0, JqlErrorKind.Validation);
    }

    private static int LineStart(string jql, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start < jql.Length; i++)
        {
            var next = jql.IndexOf('\n', start);
            start = next < 0 ? jql.Length : next + 1;
        }

        return start;
    }

    [GeneratedRegex(@"\(line (?<line>\d{1,9}), character (?<character>\d{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Where();
}
