using Atlas.JiraSimulator.Jql;
using Atlas.JiraSimulator.Jql.Semantics;

namespace Atlas.JiraSimulator.Search;

/// <summary>Parses and validates JQL for search/jql and approximate-count, which both refuse unbounded queries.</summary>
internal static class BoundedQuery
{
    public const string Unbounded = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";

    public static (CompiledQuery? Query, IReadOnlyList<string> Errors) Prepare(string? jql, JqlEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(jql))
        {
            return (null, [Unbounded]);
        }

        JqlQuery parsed;
        try
        {
            parsed = JqlParser.Parse(jql);
        }
        catch (JqlSyntaxException e)
        {
            return (null, [e.Message]);
        }

        if (parsed.Where is null)
        {
            return (null, [Unbounded]);
        }

        var compiled = JqlCompiler.Compile(parsed, environment);
        return compiled.IsValid ? (compiled, []) : (null, [.. compiled.Problems.Select(p => p.Message).Distinct()]);
    }
}
