using System.Text;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Client;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// Builds the client transport from <c>Atlas:Jira:Mcp</c>. Credentials go in a header (http) or the child's environment
/// (stdio), never on a command line; the SDK gets no logger, so neither header nor environment can reach a log.
/// </summary>
internal static class McpTransports
{
    public static IClientTransport Create(JiraOptions jira, IReadOnlyList<string> defaultEnvironment, JiraCallCounter counter, Action<string> standardError) =>
        jira.Mcp.IsStdio ? Stdio(jira, defaultEnvironment, standardError) : Http(jira, counter);

    /// <summary>What the server is, in words for messages and the health check; no secrets.</summary>
    public static string Describe(JiraMcpOptions mcp) =>
        mcp.IsStdio
            ? $"the MCP server '{string.Join(' ', [mcp.Command, .. mcp.Arguments])}' (stdio, profile {mcp.Profile})"
            : $"the MCP server at {mcp.Url} (Streamable HTTP, profile {mcp.Profile})";

    private static HttpClientTransport Http(JiraOptions jira, JiraCallCounter counter)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{jira.Email}:{jira.ApiToken}"));
        var options = new HttpClientTransportOptions
        {
            Endpoint = jira.Mcp.Url!,
            Name = "atlas-jira",
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string>(StringComparer.Ordinal) { ["Authorization"] = $"Basic {basic}" },
        };
        var http = new HttpClient(new McpServerDateHandler(counter) { InnerHandler = new SocketsHttpHandler() }) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpClientTransport(options, http, NullLoggerFactory.Instance, ownsHttpClient: true);
    }

    private static StdioClientTransport Stdio(JiraOptions jira, IReadOnlyList<string> defaultEnvironment, Action<string> standardError)
    {
        var mcp = jira.Mcp;
        var options = new StdioClientTransportOptions
        {
            Command = mcp.Command!,
            Arguments = [.. mcp.Arguments],
            Name = "atlas-jira",
            WorkingDirectory = string.IsNullOrWhiteSpace(mcp.WorkingDirectory) ? null : mcp.WorkingDirectory,
            EnvironmentVariables = ChildEnvironment(jira, mcp.Environment.Count > 0 ? mcp.Environment : defaultEnvironment),
            StandardErrorLines = standardError,
        };
        return new StdioClientTransport(options, NullLoggerFactory.Instance);
    }

    /// <summary><c>NAME=VALUE</c> pairs with <c>{BaseUrl}</c>, <c>{Email}</c> and <c>{ApiToken}</c> filled in.</summary>
    internal static Dictionary<string, string?> ChildEnvironment(JiraOptions jira, IEnumerable<string> pairs) =>
        pairs.Select(pair => pair.Split('=', 2))
            .ToDictionary(
                parts => parts[0].Trim(),
                parts => (string?)parts[1]
                    .Replace("{BaseUrl}", jira.BaseUrl?.ToString().TrimEnd('/'), StringComparison.Ordinal)
                    .Replace("{Email}", jira.Email, StringComparison.Ordinal)
                    .Replace("{ApiToken}", jira.ApiToken, StringComparison.Ordinal),
                StringComparer.Ordinal);
}

/// <summary>Notes the server's <c>Date</c> header: a sync bounds its watermark by the server's clock, never ours.</summary>
internal sealed class McpServerDateHandler(JiraCallCounter counter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.Date is { } serverDate)
        {
            counter.RecordServerDate(serverDate);
        }

        return response;
    }
}
