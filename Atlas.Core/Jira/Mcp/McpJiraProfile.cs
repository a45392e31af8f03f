using System.Text.Json;
using Atlas.Core.Configuration;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// How one family of MCP servers names its Jira tools, what arguments they take and how their answers carry Jira's JSON.
/// Every profile returns Jira's raw issue objects, so <see cref="Tickets.TicketMapper"/> reads them as over REST.
/// </summary>
internal abstract class McpJiraProfile
{
    /// <summary>Rovo caps search pages at 100 issues; asking for more is refused by some servers.</summary>
    protected const int LargestToolPage = 100;

    /// <summary><c>NAME=VALUE</c> environment a stdio server of this family reads its credentials from.</summary>
    public virtual IReadOnlyList<string> DefaultEnvironment => [];

    public abstract Task<JiraMyself> GetMyselfAsync(McpConnection mcp, CancellationToken cancellationToken);

    /// <summary>One issue, or null when the server reports Jira's 404.</summary>
    public abstract Task<JsonElement?> GetIssueAsync(McpConnection mcp, string idOrKey, IReadOnlyList<string> fields, CancellationToken cancellationToken);

    /// <summary>One search page in Jira's enhanced-search shape (<c>issues</c>, <c>nextPageToken</c>, <c>isLast</c>).</summary>
    public abstract Task<JiraSearchPage> SearchPageAsync(McpConnection mcp, JiraSearchRequest search, string? token, CancellationToken cancellationToken);

    public static McpJiraProfile For(JiraOptions jira) => jira.Mcp.Profile switch
    {
        "nexus" => new NexusProfile(jira),
        "custom" => new RovoProfile(jira, jira.Mcp.Tools),
        _ => new RovoProfile(jira, new McpToolNames()),
    };

    protected static JsonElement Checked(McpToolAnswer answer, JsonValueKind kind, string operation) =>
        answer.IsError ? throw McpErrors.FromToolError(answer, operation) : answer.Require(kind, operation);

    /// <summary>A page document built from a server's issues and Atlas's own continuation token.</summary>
    protected static JiraSearchPage Page(JsonElement issues, string? nextPageToken, string? token)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("issues");
            issues.WriteTo(writer);
            writer.WriteBoolean("isLast", nextPageToken is null);
            writer.WriteString("nextPageToken", nextPageToken);
            writer.WriteEndObject();
        }

        return JiraSearchPage.Parse(JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 512 }), token);
    }
}
