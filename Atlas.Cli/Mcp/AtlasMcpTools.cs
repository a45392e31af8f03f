using System.Reflection;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Lookups;
using Atlas.Core.Search;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Cli.Mcp;

/// <summary>
/// The tools <c>atlas mcp</c> serves, one partial file per feature: tickets, templates, sync, conflicts; every method
/// marked <see cref="McpServerToolAttribute"/> is served.
/// </summary>
internal sealed partial class AtlasMcpTools(AtlasServices services)
{
    private const string SourceHelp = "auto (default: Jira when it answers, else the local cache), live (Jira only) or offline (the local cache only).";

    public static IEnumerable<McpServerTool> Create(AtlasServices services)
    {
        var target = new AtlasMcpTools(services);
        return typeof(AtlasMcpTools)
            .GetMethods(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(method => method.GetCustomAttribute<McpServerToolAttribute>() is not null)
            .Select(method => McpServerTool.Create(method, target, new McpServerToolCreateOptions { SerializerOptions = McpJsonUtilities.DefaultOptions }));
    }

    /// <summary>Runs a tool body; any failure becomes a tool error with the CLI's message, never a protocol error.</summary>
    private static async Task<CallToolResult> AnswerAsync(Func<Task<CallToolResult>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            return McpToolResults.Error(failure);
        }
    }

    private static SearchSource SearchSourceOf(string? source) => (source ?? "auto").Trim().ToLowerInvariant() switch
    {
        "auto" or "" => SearchSource.Auto,
        "live" => SearchSource.Live,
        "offline" or "cache" => SearchSource.Offline,
        _ => throw new ArgumentException($"source '{source}' is not one of auto, live or offline."),
    };

    private static LookupSource LookupSourceOf(string? source) => SearchSourceOf(source) switch
    {
        SearchSource.Live => LookupSource.Live,
        SearchSource.Offline => LookupSource.Cache,
        _ => LookupSource.Auto,
    };
}
