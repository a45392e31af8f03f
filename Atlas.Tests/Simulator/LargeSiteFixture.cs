using Atlas.JiraSimulator;

namespace Atlas.Tests.Simulator;

/// <summary>One 50,000-ticket simulator shared by the paging tests (generating it takes a few seconds).</summary>
public sealed class LargeSiteFixture : IAsyncLifetime
{
    public const int Tickets = 50_000;

    public SimulatedJira Simulator { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = Tickets, Seed = 7 });
        Client = Simulator.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
