using System.Text.Json;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Jql;
using Atlas.JiraSimulator.Jql.Semantics;

namespace Atlas.JiraSimulator.Api;

/// <summary>
/// `POST /rest/api/3/jql/parse?validation=strict|warn|none`: the structure of each query and its errors.
/// `strict` reports every problem as an error and then omits the structure; `warn` reports values that don't
/// exist as warnings and keeps the structure; `none` only parses.
/// </summary>
internal static class JqlParseEndpoint
{
    private static readonly Dictionary<string, BodyKind> BodyProperties = new(StringComparer.Ordinal) { ["queries"] = BodyKind.StringArray };

    public static async Task Handle(HttpContext context, SimulatorSite site)
    {
        var validation = (QueryParameters.Text(context.Request, "validation") ?? "strict").ToLowerInvariant();
        if (validation is not ("strict" or "warn" or "none"))
        {
            throw new BadRequestException($"Invalid validation mode '{validation}'. Valid values are strict, warn and none.");
        }

        var body = await RequestBody.ReadAsync(context, "com.atlassian.jira.rest.v2.search.JqlQueriesToParse", BodyProperties);
        var queries = body.Strings("queries");
        if (queries is null || queries.Count == 0)
        {
            throw new BadRequestException("queries must contain at least one query.");
        }

        var environment = site.Search.Environment();
        await JiraResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("queries");
            foreach (var query in queries)
            {
                WriteQuery(w, query, validation, environment);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteQuery(Utf8JsonWriter w, string query, string validation, JqlEnvironment environment)
    {
        w.WriteStartObject();
        w.WriteString("query", query);
        try
        {
            var parsed = JqlParser.Parse(query);
            var problems = validation == "none" ? [] : JqlCompiler.Compile(parsed, environment).Problems;
            var strict = validation == "strict";
            if (!strict || problems.Count == 0)
            {
                JqlStructureWriter.Write(w, parsed);
            }

            Messages(w, "errors", problems.Where(p => strict || !p.IsWarning));
            Messages(w, "warnings", problems.Where(p => !strict && p.IsWarning));
        }
        catch (JqlSyntaxException e)
        {
            Messages(w, "errors", [new JqlError(e.Message)]);
        }

        w.WriteEndObject();
    }

    private static void Messages(Utf8JsonWriter w, string name, IEnumerable<JqlError> problems)
    {
        var messages = problems.Select(p => p.Message).Distinct().ToList();
        if (messages.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        messages.ForEach(w.WriteStringValue);
        w.WriteEndArray();
    }
}
