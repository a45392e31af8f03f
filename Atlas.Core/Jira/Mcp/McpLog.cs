using Microsoft.Extensions.Logging;

namespace Atlas.Core.Jira.Mcp;

internal static partial class McpLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Connected to the MCP server {Server} through {Transport}; it offers {ToolCount} tools.")]
    public static partial void Connected(ILogger logger, string server, string transport, int toolCount);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "MCP tool {Tool} answered in {ElapsedMs} ms (error: {IsError}).")]
    public static partial void ToolCalled(ILogger logger, string tool, long elapsedMs, bool isError);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "An MCP call failed: {Reason}")]
    public static partial void CallFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "MCP server stderr: {Line}")]
    public static partial void ServerStandardError(ILogger logger, string line);
}
