using System.Globalization;
using Atlas.JiraSimulator.Hosting;

namespace Atlas.JiraSimulator.Api;

/// <summary>
/// What wraps every request: the server-clock `Date` header and error mapping for all; for /rest calls also
/// counting, latency, injected faults, the burst rate limit and Basic authentication, in that order.
/// </summary>
internal static partial class RestPipeline
{
    public static void UseOuter(IApplicationBuilder app, SimulatorSite site) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Date = site.Clock.Now.ToString("R", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (BadRequestException e) when (!context.Response.HasStarted)
        {
            await JiraResponses.Error(context, 400, e.Message);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            await JiraResponses.Error(context, 500, $"The simulator failed: {e.GetType().Name}: {e.Message}");
        }
    });

    public static void UseRest(IApplicationBuilder app, SimulatorSite site) => app.UseWhen(RestRoutes.IsRest, rest =>
    {
        rest.Use((context, next) => Count(context, next, site));
        rest.Use((context, next) => Delay(context, next, site));
        rest.Use((context, next) => FaultResponses.Apply(context, next, site));
        rest.Use((context, next) => RateLimitResponses.Apply(context, next, site));
        rest.Use((context, next) => BasicAuth.Apply(context, next, site));
    });

    private static Task Count(HttpContext context, RequestDelegate next, SimulatorSite site)
    {
        site.Counters.Increment(EndpointKey.Of(context));
        return next(context);
    }

    /// <summary>Latency is wall-clock time (never the injected clock), so a fake clock can't stall requests.</summary>
    private static async Task Delay(HttpContext context, RequestDelegate next, SimulatorSite site)
    {
        var latency = site.Settings.Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted);
        }

        await next(context);
    }
}
