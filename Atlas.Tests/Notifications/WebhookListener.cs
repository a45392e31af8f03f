using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Atlas.Tests.Notifications;

/// <summary>A webhook receiver on 127.0.0.1 (Kestrel, a free port) that keeps every POST and answers <see cref="Status"/>.</summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();

    private WebhookListener(WebApplication app) => _app = app;

    /// <summary>The URL to configure, with a secret-looking path segment (webhook URLs often carry one).</summary>
    public Uri Url { get; private set; } = null!;

    public int Status { get; set; } = StatusCodes.Status204NoContent;

    public static async Task<WebhookListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var listener = new WebhookListener(app);
        app.MapPost("/{**path}", (Delegate)listener.ReceiveAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.Url = new Uri($"{address.TrimEnd('/')}/hooks/T0-SECRET-PATH");
        return listener;
    }

    /// <summary>The next POST received, or a timeout failure after <paramref name="seconds"/>.</summary>
    public async Task<ReceivedWebhook> NextAsync(int seconds = 15)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>What arrived so far and was not read with <see cref="NextAsync"/>.</summary>
    public int Pending => _received.Reader.Count;

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        await _received.Writer.WriteAsync(new ReceivedWebhook(context.Request.Path, context.Request.ContentType, body));
        return Results.StatusCode(Status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedWebhook(string Path, string? ContentType, string Body)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
