using System.Net.Http.Headers;
using System.Text;
using Atlas.JiraSimulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Atlas.JiraSimulator;

/// <summary>
/// A running simulated Jira Cloud site on 127.0.0.1: start it in-process with <see cref="StartAsync"/>, point a
/// Jira client at <see cref="BaseUrl"/> with <see cref="Email"/>/<see cref="ApiToken"/>, drive it with
/// <see cref="Control"/>, and dispose it to stop.
/// </summary>
public sealed class SimulatedJira : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatedJira(WebApplication app, SimulatorControl control, string baseUrl, SimulatorOptions options)
    {
        _app = app;
        Control = control;
        BaseUrl = baseUrl;
        Email = options.Email;
        ApiToken = options.ApiToken;
    }

    /// <summary>`http://127.0.0.1:{port}`, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public Uri BaseUri => new(BaseUrl + "/");

    public string Email { get; }

    /// <summary>The simulator's made-up test token (not a secret).</summary>
    public string ApiToken { get; }

    public SimulatorControl Control { get; }

    /// <summary>The `Authorization: Basic …` value for <see cref="Email"/> and <see cref="ApiToken"/>.</summary>
    public AuthenticationHeaderValue Authorization => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}")));

    /// <summary>Generates the data, binds Kestrel (port 0 = a free port) and starts serving.</summary>
    /// <exception cref="ArgumentException">An option is invalid (message names it).</exception>
    public static async Task<SimulatedJira> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        OptionsValidator.Validate(options);
        var site = await Task.Run(() => new SimulatorSite(options), cancellationToken);
        var control = new SimulatorControl(site);
        var app = SimulatorApp.Build(site, control);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.Bind(address);
        return new SimulatedJira(app, control, address.TrimEnd('/'), options);
    }

    /// <summary>An HttpClient for this site with Basic auth set (the caller disposes it).</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseUri };
        client.DefaultRequestHeaders.Authorization = Authorization;
        return client;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C in the CLI).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
