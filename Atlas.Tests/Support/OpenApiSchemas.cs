using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Atlas.Tests.Support;

/// <summary>
/// JSON Schemas (2020-12) built from the component schemas of Atlassian's OpenAPI 3.0 document: `nullable: true`
/// becomes a null union, `#/components/schemas/X` refs point into `$defs`, and OpenAPI-only keywords are dropped.
/// </summary>
internal sealed partial class OpenApiSchemas
{
    private static readonly Lazy<OpenApiSchemas> Shared = new(() => new OpenApiSchemas(
        Path.Combine(RepositoryRoot.Shared ?? throw new InvalidOperationException("../shared is missing."), "jira", "openapi", "swagger-v3.v3.json")));

    private static readonly HashSet<string> OpenApiOnly = ["nullable", "example", "xml", "discriminator", "externalDocs", "deprecated"];
    private readonly JsonObject _components;
    private readonly Dictionary<string, JsonSchema> _built = new(StringComparer.Ordinal);

    private OpenApiSchemas(string path)
    {
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        _components = document["components"]!["schemas"]!.AsObject();
    }

    public static OpenApiSchemas Instance => Shared.Value;

    /// <summary>Validation errors of <paramref name="instance"/> against component <paramref name="schema"/> (empty when valid).</summary>
    public IReadOnlyList<string> Validate(string schema, JsonElement instance)
    {
        var results = Schema(schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : [.. (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    private JsonSchema Schema(string name)
    {
        lock (_built)
        {
            if (!_built.TryGetValue(name, out var schema))
            {
                var defs = new JsonObject();
                foreach (var referenced in Closure(name))
                {
                    defs[referenced] = Convert(_components[referenced]!);
                }

                var root = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["$defs"] = defs, ["$ref"] = $"#/$defs/{name}" };
                schema = JsonSchema.FromText(root.ToJsonString(), new BuildOptions(), new Uri($"https://atlas.test/openapi/{name}"));
                _built[name] = schema;
            }

            return schema;
        }
    }

    private HashSet<string> Closure(string name)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var next))
        {
            if (found.Add(next))
            {
                foreach (Match reference in Reference().Matches(_components[next]!.ToJsonString()))
                {
                    pending.Push(reference.Groups[1].Value);
                }
            }
        }

        return found;
    }

    private static JsonNode? Convert(JsonNode node) => node switch
    {
        JsonObject o => ConvertObject(o),
        JsonArray a => new JsonArray([.. a.Select(i => i is null ? null : Convert(i))]),
        _ => node.DeepClone(),
    };

    private static JsonObject ConvertObject(JsonObject source)
    {
        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (!OpenApiOnly.Contains(key) && !key.StartsWith("x-", StringComparison.Ordinal))
            {
                result[key] = key == "$ref" ? "#/$defs/" + value!.GetValue<string>().Split('/')[^1] : value is null ? null : Convert(value);
            }
        }

        // Generated schemas put additionalProperties:false beside anyOf without properties, which would forbid everything.
        if (result["additionalProperties"] is JsonValue { } extra && extra.GetValueKind() == JsonValueKind.False && result["properties"] is null &&
            (result["anyOf"] is not null || result["allOf"] is not null || result["oneOf"] is not null))
        {
            result.Remove("additionalProperties");
        }

        return source["nullable"]?.GetValue<bool>() == true ? Nullable(result) : result;
    }

    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    [GeneratedRegex("#/components/schemas/([A-Za-z0-9_.-]+)")]
    private static partial Regex Reference();
}
