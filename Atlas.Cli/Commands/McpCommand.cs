using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Mcp;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Atlas.Cli.Commands;

[Description("Serve Atlas to AI assistants as an MCP server over stdio (tickets, JQL search, templates, sync). See docs/integrations/jira/mcp.md.")]
internal sealed class McpCommand(AtlasServices services, CliConsole console) : AtlasCommand<AtlasCommandSettings>(services, console)
{
    protected override async Task<int> RunAsync(AtlasCommandSettings settings, CancellationToken cancellationToken)
    {
        // Settings are checked before serving, so a bad one ends the process with its message on stderr.
        _ = Services.Get<IOptions<AtlasOptions>>().Value;
        await AtlasMcpServer.RunAsync(Services, cancellationToken);
        return ExitCodes.Success;
    }
}
