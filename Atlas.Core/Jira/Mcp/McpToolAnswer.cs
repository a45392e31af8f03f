using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// A tool's answer as Atlas reads it: the JSON it carries (the structured content, else its text parsed as JSON — Rovo
/// answers with JSON text) and its text, for error messages.
/// </summary>
internal sealed record McpToolAnswer(string Tool, bool IsError, string Text, JsonElement? Json)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };

    public static McpToolAnswer From(string tool, CallToolResult result)
    {
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        var json = result.StructuredContent is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } structured
            ? structured.Clone()
            : ParseOrNull(text);
        return new McpToolAnswer(tool, result.IsError == true, text, json);
    }

    /// <summary>The JSON object or array the caller needs, or a clear refusal naming the tool.</summary>
    public JsonElement Require(JsonValueKind kind, string operation) =>
        Json is { } json && json.ValueKind == kind
            ? json
            : throw new JiraResponseException($"The MCP tool '{Tool}' answered {operation} with something other than the Jira JSON {(kind == JsonValueKind.Array ? "array" : "object")} Atlas needs: {McpErrors.Excerpt(Text)}");

    private static JsonElement? ParseOrNull(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed, DocumentOptions);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
