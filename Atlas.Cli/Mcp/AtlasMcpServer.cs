using Atlas.Cli.Infrastructure;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Cli.Mcp;

/// <summary>
/// <c>atlas mcp</c>: Atlas as an MCP server on stdin/stdout. Stdout carries only MCP frames: Atlas's logs go to stderr
/// (see <see cref="AtlasServices"/>), and nothing else in this process writes to stdout while it serves.
/// </summary>
internal static class AtlasMcpServer
{
    public static async Task RunAsync(AtlasServices services, CancellationToken cancellationToken)
    {
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "atlas", Title = "Atlas — Jira tickets for testers", Version = typeof(AtlasMcpServer).Assembly.GetName().Version?.ToString(3) ?? "1.0.0" },
            ServerInstructions = "Atlas keeps a local mirror of the tester's Jira tickets. Prefer offline searches for speed; use sync_now to refresh. Atlas never changes Jira.",
            ToolCollection = [.. AtlasMcpTools.Create(services)],
        };
        var loggerFactory = services.Get<ILoggerFactory>();
        await using var transport = new StdioServerTransport(options, loggerFactory);
        await using var server = McpServer.Create(transport, options, loggerFactory);
        await server.RunAsync(cancellationToken);
    }
}
