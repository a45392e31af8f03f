using System.Text;
using System.Text.Json;

namespace Atlas.Core.Jira;

/// <summary>
/// Atlassian Document Format → readable plain text: lists keep "- " / "1. " prefixes and nesting, tables keep their
/// cells apart, media become placeholders, unknown nodes keep their text. Never throws on odd input.
/// </summary>
internal static partial class AdfText
{
    /// <summary>Deeper nodes are dropped: enough for any real document, and no stack overflow on hostile ones.</summary>
    public const int MaxDepth = 64;

    /// <summary>The plain text of an ADF document; a JSON string (API v2 style) is returned as it is.</summary>
    public static string ToPlainText(JsonElement document)
    {
        if (document.ValueKind == JsonValueKind.String)
        {
            return document.GetString() ?? "";
        }

        var lines = document.ValueKind == JsonValueKind.Object ? Block(document, 0) : [];
        return string.Join('\n', lines.Select(line => line.TrimEnd())).Trim('\n');
    }

    private static string Type(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : "";

    private static string? Attr(JsonElement node, string name) =>
        node.TryGetProperty("attrs", out var attrs) && attrs.ValueKind == JsonValueKind.Object && attrs.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static IEnumerable<JsonElement> Children(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array
            ? content.EnumerateArray().Where(child => child.ValueKind == JsonValueKind.Object)
            : [];

    private static string Text(JsonElement node) =>
        node.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";

    private static List<string> SplitLines(StringBuilder text) => [.. text.ToString().Split('\n')];
}
