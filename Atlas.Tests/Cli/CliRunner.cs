using System.Text.Json;
using Atlas.Cli;
using Atlas.Cli.Infrastructure;
using Atlas.JiraSimulator;
using Atlas.Tests.Sync;

namespace Atlas.Tests.Cli;

/// <summary>Runs the <c>atlas</c> command in-process with its settings in a temp local.settings.json, capturing stdout and stderr.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-cli-").FullName;

    public CliRunner(SimulatedJira jira, IDictionary<string, string?>? overrides = null)
    {
        var settings = SyncHarness.Settings(jira, _folder, null, overrides);
        var values = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        File.WriteAllText(SettingsFile, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
    }

    public string SettingsFile => Path.Combine(_folder, "local.settings.json");

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await AtlasCli.RunAsync([.. args, "--settings", SettingsFile], new CliConsole(stdout, stderr, interactive: false));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
}
