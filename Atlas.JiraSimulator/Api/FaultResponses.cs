using System.Globalization;
using System.Text;
using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Hosting;

namespace Atlas.JiraSimulator.Api;

/// <summary>Turns an injected <see cref="FaultKind"/> into the response a client would see from Jira or its proxies.</summary>
internal static class FaultResponses
{
    public static async Task Apply(HttpContext context, RequestDelegate next, SimulatorSite site)
    {
        switch (site.Faults.Next(EndpointKey.Of(context)))
        {
            case null:
                await next(context);
                break;
            case FaultKind.InternalServerError:
                await JiraResponses.Error(context, 500, "Internal server error.");
                break;
            case FaultKind.BadGateway:
                await Html(context, 502, "502 Bad Gateway");
                break;
            case FaultKind.GatewayTimeout:
                await Html(context, 504, "504 Gateway Timeout");
                break;
            case FaultKind.ServiceUnavailable:
                await Unavailable(context, site.Faults.Options.RetryAfter);
                break;
            case FaultKind.TooManyRequests:
                await RateLimitResponses.Reject(context, new RateDecision(false, site.RateLimiter.Options.Capacity, 0, TimeSpan.FromSeconds(1), site.Options.TimeProvider.GetUtcNow()));
                break;
            case FaultKind.GarbageBody:
                await JiraResponses.Bytes(context, 200, "<!DOCTYPE html><html><body>Atlassian Cloud notifications<br>\u0000\u0007not json"u8.ToArray(), "text/html;charset=UTF-8");
                break;
            case var kind:
                await Cut(context, next, kind == FaultKind.DropConnection);
                break;
        }
    }

    private static Task Html(HttpContext context, int status, string title) =>
        JiraResponses.Bytes(context, status, Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"), "text/html;charset=UTF-8");

    private static Task Unavailable(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return JiraResponses.Error(context, 503, "Service Unavailable: Jira is temporarily unable to handle the request.");
    }

    /// <summary>
    /// Runs the real endpoint, then sends only half of its body: either as a complete (short) response, or
    /// announcing the full length and aborting the connection midway.
    /// </summary>
    private static async Task Cut(HttpContext context, RequestDelegate next, bool dropConnection)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        var half = body.Length / 2;
        context.Response.ContentLength = dropConnection ? body.Length : half;
        await original.WriteAsync(body.AsMemory(0, half), context.RequestAborted);
        if (dropConnection)
        {
            await original.FlushAsync(context.RequestAborted);
            context.Abort();
        }
    }
}
