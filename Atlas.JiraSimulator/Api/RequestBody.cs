using System.Text.Json;

namespace Atlas.JiraSimulator.Api;

internal enum BodyKind
{
    String,
    Integer,
    Boolean,
    StringArray,
    IntegerArray,
}

/// <summary>
/// Reads a JSON request body against its bean: an object whose properties are all known and of the right
/// type (the beans are `additionalProperties: false`, so Jira rejects unknown properties with 400).
/// </summary>
internal static class RequestBody
{
    public static async Task<JsonElement> ReadAsync(HttpContext context, string bean, IReadOnlyDictionary<string, BodyKind> properties)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            throw new BadRequestException("Unexpected character in the request body: it is not valid JSON.");
        }

        var root = document.RootElement.Clone();
        document.Dispose();
        Validate(root, bean, properties);
        return root;
    }

    private static void Validate(JsonElement root, string bean, IReadOnlyDictionary<string, BodyKind> properties)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new BadRequestException($"Can not deserialize instance of {bean} out of {root.ValueKind.ToString().ToUpperInvariant()} token.");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!properties.TryGetValue(property.Name, out var kind))
            {
                throw new BadRequestException($"Unrecognized field \"{property.Name}\" (class {bean}), not marked as ignorable.");
            }

            if (property.Value.ValueKind != JsonValueKind.Null && !Fits(property.Value, kind))
            {
                throw new BadRequestException($"Can not deserialize value of field \"{property.Name}\" of {bean}: expected {Describe(kind)}.");
            }
        }
    }

    private static bool Fits(JsonElement value, BodyKind kind) => kind switch
    {
        BodyKind.String => value.ValueKind == JsonValueKind.String,
        BodyKind.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        BodyKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        BodyKind.StringArray => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String),
        _ => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _)),
    };

    private static string Describe(BodyKind kind) => kind switch
    {
        BodyKind.String => "a string",
        BodyKind.Integer => "an integer",
        BodyKind.Boolean => "a boolean",
        BodyKind.StringArray => "an array of strings",
        _ => "an array of integers",
    };

    public static string? String(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? (int)Math.Clamp(v.GetInt64(), int.MinValue, int.MaxValue) : null;

    public static IReadOnlyList<string>? Strings(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(e => e.GetString() ?? "")] : null;

    public static IReadOnlyList<long> Longs(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(e => e.GetInt64())] : [];
}
