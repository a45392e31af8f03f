using Atlas.Core.Jql;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Search;

/// <summary>A problem about a query: the query as given under <c>jql</c> and each error with its position under <c>errors</c>.</summary>
internal static class JqlProblems
{
    public static IResult Create(HttpRequest request, int status, string type, string title, string detail, IReadOnlyList<JqlError> errors, string jql) =>
        ApiProblems.Create(request, status, type, title, detail, new Dictionary<string, object?>
        {
            ["jql"] = jql,
            ["errors"] = HostWording.Of(errors),
        });

    /// <summary>Where <paramref name="error"/> is, for people: the 0-based position, and the line and character as Jira counts them.</summary>
    public static string Where(JqlError error, string jql)
    {
        if (error.Position >= jql.Length)
        {
            return $"(at position {error.Position}, the end of the query)";
        }

        // Lines break at LF, as Jira counts them; characters are 1-based.
        var before = jql[..Math.Max(0, error.Position)];
        var line = before.Count(c => c == '\n') + 1;
        var character = before.Length - before.LastIndexOf('\n');
        return $"(at position {error.Position}: line {line}, character {character})";
    }
}
