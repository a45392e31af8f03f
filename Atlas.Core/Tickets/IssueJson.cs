using System.Text.Json;

namespace Atlas.Core.Tickets;

/// <summary>Typed reads of Jira issue JSON that refuse wrong types and missing required values with the field's path.</summary>
internal static class IssueJson
{
    public static JsonElement Object(JsonElement parent, string name, string path) =>
        OptionalObject(parent, name, path) ?? throw new TicketFieldException(path, "is missing");

    public static JsonElement? OptionalObject(JsonElement parent, string name, string path) => Value(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } value => value,
        { } value => throw WrongType(path, "an object", value),
    };

    public static string String(JsonElement parent, string name, string path) =>
        OptionalString(parent, name, path) is { Length: > 0 } text ? text : throw new TicketFieldException(path, "is missing or empty");

    public static string? OptionalString(JsonElement? parent, string name, string path) => parent is null ? null : Value(parent.Value, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { } value => throw WrongType(path, "a string", value),
    };

    /// <summary>The <c>name</c> of a named object such as <c>status</c>, <c>priority</c> or <c>resolution</c>.</summary>
    public static string? Name(JsonElement parent, string name, string path) =>
        OptionalString(OptionalObject(parent, name, path), "name", path + ".name");

    public static IReadOnlyList<string> Strings(JsonElement parent, string name, string path) =>
        Items(parent, name, path).Select((item, i) => item.ValueKind == JsonValueKind.String
            ? item.GetString()!
            : throw WrongType($"{path}[{i}]", "a string", item)).ToList();

    /// <summary>The names of a list of named objects, such as <c>components</c> or <c>fixVersions</c>.</summary>
    public static IReadOnlyList<string> Names(JsonElement parent, string name, string path) =>
        Items(parent, name, path).Select((item, i) => item.ValueKind == JsonValueKind.Object
            ? OptionalString(item, "name", $"{path}[{i}].name") ?? ""
            : throw WrongType($"{path}[{i}]", "an object", item)).ToList();

    public static JsonElement? Value(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static TicketFieldException WrongType(string path, string expected, JsonElement actual) =>
        new(path, $"must be {expected} but is {Describe(actual.ValueKind)}");

    private static List<JsonElement> Items(JsonElement parent, string name, string path)
    {
        var list = Value(parent, name) switch
        {
            null => [],
            { ValueKind: JsonValueKind.Array } value => value.EnumerateArray().ToList(),
            { } value => throw WrongType(path, "an array", value),
        };
        return list.Count <= TicketLimits.ListItems ? list : throw new TicketFieldException(path, $"has {list.Count} items, more than the {TicketLimits.ListItems} Atlas accepts");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
