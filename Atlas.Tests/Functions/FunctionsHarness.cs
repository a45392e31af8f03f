using System.Text;
using System.Text.Json;
using Atlas.Core.Sync;
using Atlas.Functions;
using Atlas.JiraSimulator;
using Atlas.Tests.Sync;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Atlas.Tests.Functions;

/// <summary>
/// The Functions worker's host, built by <see cref="AtlasFunctionsApp.Configure"/> exactly as Program.cs builds it, over a
/// simulated Jira on 127.0.0.1 and a temp SQLite file. The gRPC link to a Functions host cannot start here, so the
/// functions are created from the host's services and called directly with real <see cref="DefaultHttpContext"/>s;
/// their results are executed against those contexts as the worker's ASP.NET Core integration executes them.
/// </summary>
internal sealed class FunctionsHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly BackgroundSyncWorker _worker;

    private FunctionsHarness(SimulatedJira jira, IHost host, string folder, FakeLogCollector logs)
    {
        Jira = jira;
        Host = host;
        _folder = folder;
        Logs = logs;
        // Resolving every IHostedService would start building the gRPC link to a Functions host, which is absent here.
        _worker = ActivatorUtilities.CreateInstance<BackgroundSyncWorker>(host.Services);
    }

    public SimulatedJira Jira { get; }

    public IHost Host { get; }

    public FakeLogCollector Logs { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<FunctionsHarness> StartAsync(SimulatorOptions? simulator = null, IDictionary<string, string?>? settings = null)
    {
        simulator ??= new SimulatorOptions { Tickets = 60 };
        var jira = await SimulatedJira.StartAsync(simulator);
        var folder = Directory.CreateTempSubdirectory("atlas-functions-").FullName;
        var values = SyncHarness.Settings(jira, folder, simulator, settings);
        values.TryAdd("SyncSchedule", "0 0 6 * * *");
        var logs = new FakeLogCollector();
        var harness = new FunctionsHarness(jira, BuildHost(values, logs), folder, logs);
        await harness._worker.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>The worker host as Program.cs composes it, with <paramref name="settings"/> as app settings.</summary>
    public static IHost BuildHost(IDictionary<string, string?> settings, FakeLogCollector? logs = null) =>
        Compose(settings, logs).Build();

    /// <summary>The builder after Program.cs's registrations, before Build.</summary>
    public static FunctionsApplicationBuilder Compose(IDictionary<string, string?> settings, FakeLogCollector? logs = null)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(new FakeLoggerProvider(logs ?? new FakeLogCollector())).SetMinimumLevel(LogLevel.Debug);
        return AtlasFunctionsApp.Configure(builder);
    }

    /// <summary>A function class as the worker's activator would create it for one invocation.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task<SyncReport> SyncAsync(bool full = false) =>
        Get<SyncEngine>().RunAsync(new SyncRequest { Full = full, Trigger = "test" });

    /// <summary>A real request on a <see cref="DefaultHttpContext"/> whose services are the host's.</summary>
    public HttpRequest Request(string method, string path, string? query = null, string? body = null)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 7071);
        context.Request.Path = path;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        if (body is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Writes <paramref name="result"/> to the request's response and reads back what a client would get.</summary>
    public static async Task<ApiResponse> SendAsync(IResult result, HttpRequest request)
    {
        await result.ExecuteAsync(request.HttpContext);
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        using var reader = new StreamReader(response.Body);
        return new ApiResponse(response.StatusCode, response.ContentType, response.Headers, await reader.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _worker.StopAsync(CancellationToken.None);
        Host.Dispose();
        await Jira.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>What a client receives: status, content type, headers and the body (parsed on demand).</summary>
internal sealed record ApiResponse(int Status, string? ContentType, IHeaderDictionary Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
