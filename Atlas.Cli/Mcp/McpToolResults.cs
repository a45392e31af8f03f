using System.Text.Json;
using Atlas.Cli.Infrastructure;
using Atlas.Core;
using Atlas.Core.Jql;
using ModelContextProtocol.Protocol;

namespace Atlas.Cli.Mcp;

/// <summary>
/// Tool answers: a readable summary for the assistant, the result as structured content (the shape of
/// <c>atlas … --json</c>) and the same JSON as text for clients that ignore structured content; errors carry the CLI's message.
/// </summary>
internal static class McpToolResults
{
    public static CallToolResult Ok<T>(string summary, T value)
    {
        var json = JsonSerializer.SerializeToElement(value, AtlasJson.Options);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = summary }, new TextContentBlock { Text = json.GetRawText() }],
            StructuredContent = json,
        };
    }

    public static CallToolResult Error(string message) =>
        new() { IsError = true, Content = [new TextContentBlock { Text = message }] };

    /// <summary>The message the CLI would print for <paramref name="failure"/>.</summary>
    public static CallToolResult Error(Exception failure) => Error(CliFailure.From(failure).Message);

    /// <summary>A search refusal with each JQL error's position, as <c>atlas search</c> prints them.</summary>
    public static CallToolResult Error(string message, string jql, IReadOnlyList<JqlError> errors) =>
        Error(string.Join('\n', [message, .. errors.Select(e => $"  at {e.Position}: {e.Message}{Excerpt(jql, e)}")]));

    private static string Excerpt(string jql, JqlError error) =>
        error.Position >= 0 && error.Position < jql.Length ? $" (near '{jql.Substring(error.Position, Math.Min(Math.Max(error.Length, 1), jql.Length - error.Position))}')" : "";
}
