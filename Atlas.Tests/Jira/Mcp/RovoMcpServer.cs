using System.Collections.Concurrent;
using System.Net;
using Atlas.JiraSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Atlas.Tests.Jira.Mcp;

/// <summary>
/// An MCP server shaped like Atlassian's Rovo (Streamable HTTP on 127.0.0.1, Basic auth, the Jira tools Atlas uses),
/// built with the same SDK and answering from the simulator over REST, as Rovo answers from Jira.
/// </summary>
internal sealed class RovoMcpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _jira;

    private RovoMcpServer(WebApplication app, HttpClient jira, Uri url, ConcurrentDictionary<string, int> calls)
    {
        _app = app;
        _jira = jira;
        Url = url;
        Calls = calls;
    }

    public Uri Url { get; }

    /// <summary>Tool calls per tool name.</summary>
    public ConcurrentDictionary<string, int> Calls { get; }

    public int TotalCalls => Calls.Values.Sum();

    public static async Task<RovoMcpServer> StartAsync(SimulatedJira jira, params string[] withoutTools)
    {
        var http = jira.CreateClient();
        var calls = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var tools = new RovoTools(jira, http, calls).All().Where(t => !withoutTools.Contains(t.ProtocolTool.Name));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddMcpServer().WithHttpTransport(transport => transport.Stateless = true).WithTools(tools);
        var app = builder.Build();
        var expected = jira.Authorization.ToString();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.ToString() != expected)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("Unauthorized: the API token is not valid for this site.");
                return;
            }

            await next(context);
        });
        app.MapMcp("/v1/mcp");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RovoMcpServer(app, http, new Uri(address.TrimEnd('/') + "/v1/mcp"), calls);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _jira.Dispose();
    }
}
