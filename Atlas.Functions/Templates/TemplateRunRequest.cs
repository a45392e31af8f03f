using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Atlas.Functions.Http;
using Atlas.Functions.Search;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Templates;

/// <summary>
/// What a template run is asked: on GET, every query value except <c>source</c>, <c>limit</c> and <c>code</c> (Azure's
/// function key) is a parameter; on POST, the body <c>{"parameters": {"days": 14, "projects": ["WRKA", "WMB"]},
/// "source": "auto", "limit": 50}</c>, every part optional. A list is comma-separated text or a JSON array; a blank
/// value counts as not given.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record TemplateRunRequest
{
    private const string Example = """{"parameters": {"days": 14}, "source": "auto", "limit": 50}""";

    private static readonly HashSet<string> NotParameters = new(["source", "limit", "code"], StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, JsonElement>? Parameters { get; init; }

    public string? Source { get; init; }

    public int? Limit { get; init; }

    /// <summary>The parameter values and search arguments from the query string (GET) or the body (POST), or the problem to answer with.</summary>
    public static async Task<(IReadOnlyDictionary<string, string>? Values, SearchArguments? Arguments, IResult? Problem)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            var (fromQuery, invalidQuery) = SearchArguments.Parse(request, request.Query["source"], request.Query["limit"]);
            return (QueryParameters(request), fromQuery, invalidQuery);
        }

        var (body, problem) = await JsonBody.ReadAsync<TemplateRunRequest>(request, Example, cancellationToken);
        body ??= new TemplateRunRequest();
        var values = problem is null ? body.Values(out problem) : null;
        if (problem is not null)
        {
            return (null, null, ApiProblems.BadRequest(request, "The request body is not a valid template run", problem));
        }

        var (arguments, invalid) = SearchArguments.Parse(request, body.Source, body.Limit?.ToString(CultureInfo.InvariantCulture));
        return (values, arguments, invalid);
    }

    private static Dictionary<string, string> QueryParameters(HttpRequest request) =>
        request.Query.Where(pair => !NotParameters.Contains(pair.Key) && !string.IsNullOrWhiteSpace(pair.Value.ToString()))
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    private Dictionary<string, string>? Values(out string? problem)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Parameters ?? [])
        {
            if (Text(value) is not { } text)
            {
                problem = $"The parameter \"{name}\" must be text, a number or a list of texts, not {value.ValueKind.ToString().ToLowerInvariant()}.";
                return null;
            }

            // A blank value means "no value": the default applies, or the parameter is reported missing.
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!values.TryAdd(name, text))
            {
                problem = $"The parameter \"{name}\" is given twice.";
                return null;
            }
        }

        problem = null;
        return values;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
            string.Join(",", value.EnumerateArray().Select(item => item.GetString())),
        _ => null,
    };
}
