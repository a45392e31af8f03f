using System.Diagnostics;

namespace Atlas.JiraSimulator.Hosting;

/// <summary>One console line per request (CLI mode); headers are never logged, so credentials never are.</summary>
internal static class RequestLogging
{
    public static void Use(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Atlas.JiraSimulator");
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var path = context.Request.Path.Value ?? "";
            var query = context.Request.QueryString.Value ?? "";
            SimulatorLog.RequestHandled(logger, context.Request.Method, path, query, context.Response.StatusCode, elapsed);
        });
    }
}
