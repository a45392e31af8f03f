using System.Net;
using Polly;
using Polly.Timeout;

namespace Atlas.Core.Jira;

/// <summary>Which failures are worth another attempt: 429, 500/502/503/504, attempt timeouts and dropped connections.</summary>
internal static class JiraTransientFaults
{
    /// <summary>A server asking for a longer pause than this is not waited for: the run fails and says so.</summary>
    public static readonly TimeSpan LongestHonouredWait = TimeSpan.FromMinutes(5);

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, DateTimeOffset now) => outcome switch
    {
        { Exception: { } exception } => IsTransient(exception),
        { Result: { } response } => IsTransient(response.StatusCode) && !AsksTooLongAWait(response, now),
        _ => false,
    };

    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException;

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    private static bool AsksTooLongAWait(HttpResponseMessage response, DateTimeOffset now) =>
        JiraRetryDelay.ServerRequested(response, now) > LongestHonouredWait;
}
