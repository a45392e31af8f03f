using System.Diagnostics;
using System.Text.Json;
using Atlas.Tests.Support;

namespace Atlas.Tests.Cli.Mcp;

/// <summary><c>npx @modelcontextprotocol/inspector --cli</c> against <c>atlas mcp</c>: what a developer would try first.</summary>
public sealed class McpInspectorTests(AtlasMcpProcess atlas) : IClassFixture<AtlasMcpProcess>
{
    private const string Package = "@modelcontextprotocol/inspector";
    private const string Version = "0.15.0";

    [NpmFact(Package, Version)]
    public async Task InspectorCli_ListsTheToolsAndCallsSyncStatus()
    {
        using var tools = await InspectAsync("--method", "tools/list");
        using var status = await InspectAsync("--method", "tools/call", "--tool-name", "sync_status");

        var names = tools.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("search_tickets", names);
        Assert.Equal(11, names.Count);
        Assert.Equal(AtlasMcpProcess.Site.Tickets, status.RootElement.GetProperty("structuredContent").GetProperty("tickets").GetProperty("total").GetInt32());
    }

    private async Task<JsonDocument> InspectAsync(params string[] method)
    {
        var folder = NpmPackages.Ensure(Package, Version).Folder!;
        var start = new ProcessStartInfo("npx") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = ["--no-install", Package, "--cli", "dotnet", AtlasMcpProcess.AtlasDll, "mcp", "--settings", atlas.SettingsFile, .. method];
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"The inspector failed ({process.ExitCode}): {await error}");
        return JsonDocument.Parse(await output);
    }
}
