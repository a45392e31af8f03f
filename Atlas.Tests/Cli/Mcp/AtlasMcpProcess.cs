using System.Text.Json;
using Atlas.JiraSimulator;
using Atlas.Tests.Support;
using Atlas.Tests.Sync;
using ModelContextProtocol.Client;

namespace Atlas.Tests.Cli.Mcp;

/// <summary>
/// A simulated Jira synced into a temp database, and the built <c>atlas</c> started as <c>dotnet atlas.dll mcp</c> over
/// stdio with a settings file for that database: what an assistant's MCP client sees.
/// </summary>
public sealed class AtlasMcpProcess : IAsyncLifetime
{
    public static readonly SimulatorOptions Site = new() { Tickets = 120, Projects = ["WRKA", "WMB"] };

    private SyncHarness? _harness;

    internal SyncHarness Harness => _harness!;

    public McpClient Client { get; private set; } = null!;

    public string SettingsFile => Path.Combine(Path.GetDirectoryName(Harness.DatabasePath)!, "local.settings.json");

    /// <summary>
    /// Atlas.Cli's own build output (…/Atlas.Cli/bin/&lt;configuration&gt;/net10.0/atlas.dll): the copy beside the tests
    /// would load ASP.NET's shared-framework assemblies that the atlas runtime configuration does not name.
    /// </summary>
    public static string AtlasDll
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
            return Path.Combine(RepositoryRoot.Path, "Atlas.Cli", "bin", configuration, framework, "atlas.dll");
        }
    }

    public async Task InitializeAsync()
    {
        _harness = await SyncHarness.StartAsync(Site);
        await Harness.SyncAsync();
        var values = SyncHarness.Settings(Harness.Jira, Path.GetDirectoryName(Harness.DatabasePath)!, Site, null)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        await File.WriteAllTextAsync(SettingsFile, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        Client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [AtlasDll, "mcp", "--settings", SettingsFile],
            Name = "atlas",
            WorkingDirectory = Path.GetDirectoryName(Harness.DatabasePath),
        }));
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Harness.DisposeAsync();
    }
}
