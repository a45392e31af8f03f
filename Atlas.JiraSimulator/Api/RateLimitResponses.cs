using System.Globalization;
using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>Jira's burst limiter: `X-RateLimit-*` headers on every /rest response, 429 with `Retry-After` when empty.</summary>
internal static class RateLimitResponses
{
    public const string TooManyRequests = "Rate limit exceeded. Try again after the time in the Retry-After header.";

    public static Task Apply(HttpContext context, RequestDelegate next, SimulatorSite site)
    {
        var decision = site.RateLimiter.TryAcquire();
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (decision.NearLimit)
        {
            headers["X-RateLimit-NearLimit"] = "true";
        }

        return decision.Allowed ? next(context) : Reject(context, decision);
    }

    public static Task Reject(HttpContext context, RateDecision decision)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        var headers = context.Response.Headers;
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = "0";
        headers["X-RateLimit-Reset"] = JiraFormat.IsoSeconds(decision.Now.AddSeconds(seconds));
        headers["RateLimit-Reason"] = "jira-burst-based";
        return JiraResponses.Error(context, 429, TooManyRequests);
    }
}
