using Atlas.JiraSimulator;

namespace Atlas.Tests.Cli;

/// <summary>A simulated site and the <c>atlas</c> command with a cache synced from it once, shared by a test class.</summary>
public sealed class SyncedCli : IAsyncLifetime
{
    public SimulatedJira Jira { get; private set; } = null!;

    internal CliRunner Atlas { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 300, Seed = 11 });
        Atlas = new CliRunner(Jira);
        var sync = await Atlas.RunAsync("sync", "--full", "--json");
        Assert.Equal(0, sync.ExitCode);
    }

    public async Task DisposeAsync()
    {
        Atlas.Dispose();
        await Jira.DisposeAsync();
    }
}
