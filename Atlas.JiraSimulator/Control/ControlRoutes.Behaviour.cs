using Atlas.JiraSimulator.Hosting;

namespace Atlas.JiraSimulator.Control;

internal static partial class ControlRoutes
{
    private static void MapBehaviour(RouteGroupBuilder group, SimulatorControl control)
    {
        group.MapPut("/user", (UserRequest body) => Apply(() =>
        {
            if (body.TimeZone is not null)
            {
                control.SetUserTimeZone(body.TimeZone);
            }

            if (body.Locale is not null)
            {
                control.SetUserLocale(body.Locale);
            }
        }));
        group.MapPut("/clock", (ClockRequest body) => Apply(() => control.ClockSkew = TimeSpan.FromMinutes(body.SkewMinutes)));
        group.MapPut("/search-lag", (SearchLagRequest body) => Apply(() => control.SearchLag = TimeSpan.FromSeconds(body.Seconds)));
        group.MapPut("/latency", (LatencyRequest body) => Apply(() => control.Latency = TimeSpan.FromMilliseconds(body.Milliseconds)));
        group.MapPut("/rate-limit", (RateLimitRequest body) => Apply(() => control.RateLimit = RateLimit(body)));
        group.MapPut("/page-caps", (PageCapsRequest body) => Apply(() =>
        {
            control.FullPageCap = body.Full ?? control.FullPageCap;
            control.IdPageCap = body.Ids ?? control.IdPageCap;
        }));
        group.MapPut("/faults", (FaultsRequest body) => Apply(() => control.Faults = Faults(body)));
        group.MapPost("/faults/next", (FailNextRequest body) => Apply(() => control.FailNext(body.Count, body.Kind, body.Endpoint)));
        group.MapDelete("/faults", () => Apply(control.ClearFaults));
        group.MapGet("/counters", () => Results.Ok(control.Counters));
        group.MapDelete("/counters", () => Apply(control.ResetCounters));
    }

    private static IResult Apply(Action action)
    {
        action();
        return Results.NoContent();
    }

    private static RateLimitOptions RateLimit(RateLimitRequest body) => body switch
    {
        { RequestsPerMinute: { } rpm } => RateLimitOptions.PerMinute(rpm),
        { Capacity: { } capacity, RefillPerSecond: { } refill } => new RateLimitOptions(capacity, refill),
        _ => throw new ArgumentException("Give requestsPerMinute, or capacity and refillPerSecond."),
    };

    private static FaultOptions Faults(FaultsRequest body) => new()
    {
        ServerErrorRate = body.ServerErrorRate,
        ServiceUnavailableRate = body.ServiceUnavailableRate,
        TruncatedBodyRate = body.TruncatedBodyRate,
        GarbageBodyRate = body.GarbageBodyRate,
        DropConnectionRate = body.DropConnectionRate,
        Seed = body.Seed ?? 7,
        RetryAfter = TimeSpan.FromSeconds(body.RetryAfterSeconds ?? 1),
    };

    private static IResult Status(SimulatorSite site, SimulatorControl control)
    {
        var f = control.Faults;
        return Results.Ok(new SimulatorStatus(site.Links.BaseUrl, site.Options.Email, control.UserTimeZone, control.UserLocale,
            control.Now, control.ClockSkew.TotalMinutes, control.SearchLag.TotalSeconds, control.Latency.TotalMilliseconds,
            control.RateLimit,
            new FaultsRequest(f.ServerErrorRate, f.ServiceUnavailableRate, f.TruncatedBodyRate, f.GarbageBodyRate, f.DropConnectionRate, f.Seed, f.RetryAfter.TotalSeconds),
            new PageCapsRequest(control.FullPageCap, control.IdPageCap), control.Tickets().Count));
    }
}
