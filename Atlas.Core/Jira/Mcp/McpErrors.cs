using System.Net;
using System.Text.RegularExpressions;
using ModelContextProtocol;

namespace Atlas.Core.Jira.Mcp;

/// <summary>Turns what goes wrong with an MCP server into the same <see cref="JiraException"/>s the REST client throws.</summary>
internal static partial class McpErrors
{
    private const int ExcerptLength = 400;

    public static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text.Trim() : text[..ExcerptLength].Trim() + "…";

    /// <summary>A tool that answered with <c>isError</c>: its text says what Jira (or the server) refused.</summary>
    public static JiraException FromToolError(McpToolAnswer answer, string operation)
    {
        var why = $"The MCP tool '{answer.Tool}' refused {operation}: {Excerpt(answer.Text)}";
        return answer.Text switch
        {
            var t when Unauthorized().IsMatch(t) => new JiraAuthenticationException(why + " — the credentials were refused: check Atlas:Jira:Email and Atlas:Jira:ApiToken (the token may be invalid or expired)."),
            var t when Forbidden().IsMatch(t) => new JiraForbiddenException(why),
            var t when Removed().IsMatch(t) => new JiraApiRemovedException(why + " — the server calls a Jira API that Atlassian removed; use another MCP server (see docs/integrations/jira/mcp.md)."),
            var t when BadRequest().IsMatch(t) => new JiraBadRequestException(why, [Excerpt(answer.Text)]),
            var t when Unavailable().IsMatch(t) => new JiraUnavailableException(why),
            _ => new JiraResponseException(why),
        };
    }

    /// <summary>Jira's 404 for one issue, as a server words it: missing or not visible.</summary>
    public static bool IsNotFound(McpToolAnswer answer) => NotFound().IsMatch(answer.Text);

    /// <summary>A failure to reach, start or talk to the server.</summary>
    public static JiraException FromException(Exception failure, string server, string operation, string? standardError)
    {
        var tail = string.IsNullOrWhiteSpace(standardError) ? "" : $" The server wrote: {Excerpt(standardError)}";
        return failure switch
        {
            _ when Status(failure) is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new JiraAuthenticationException(
                $"The MCP server {server} refused the credentials (HTTP {(int)Status(failure)!}) during {operation}: check Atlas:Jira:Email and Atlas:Jira:ApiToken. "
                + "Rovo accepts an API token only where the organisation admin has enabled API-token authentication."),
            McpProtocolException protocol => new JiraResponseException($"The MCP server {server} refused {operation}: {protocol.Message}", null, protocol),
            McpException mcp when Status(failure) is null && mcp.InnerException is null => new JiraResponseException($"The MCP server {server} failed {operation}: {mcp.Message}{tail}", null, mcp),
            _ => new JiraUnavailableException($"The MCP server {server} cannot be reached for {operation}: {failure.Message}{tail}", (int?)Status(failure), failure),
        };
    }

    private static HttpStatusCode? Status(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is HttpRequestException { StatusCode: { } status })
            {
                return status;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b401\b|unauthori[sz]ed|authentication (failed|required)|invalid (api )?token|credentials", RegexOptions.IgnoreCase)]
    private static partial Regex Unauthorized();

    [GeneratedRegex(@"\b403\b|forbidden|permission", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\b410\b|\bgone\b|has been removed", RegexOptions.IgnoreCase)]
    private static partial Regex Removed();

    [GeneratedRegex(@"\b400\b|bad request|jql|syntax", RegexOptions.IgnoreCase)]
    private static partial Regex BadRequest();

    [GeneratedRegex(@"\b(429|5\d\d)\b|rate limit|too many requests|timed? ?out|unavailable", RegexOptions.IgnoreCase)]
    private static partial Regex Unavailable();

    [GeneratedRegex(@"\b404\b|not found|does not exist|no issue", RegexOptions.IgnoreCase)]
    private static partial Regex NotFound();
}
