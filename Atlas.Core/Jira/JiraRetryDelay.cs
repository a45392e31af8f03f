using System.Globalization;
using System.Net;
using System.Security.Cryptography;

namespace Atlas.Core.Jira;

/// <summary>
/// How long to wait before retrying, per Atlassian's advice: exponential backoff from 2 s, doubled per retry, jittered
/// ×0.7–1.3, capped at 30 s; a server's <c>Retry-After</c> (429/503) or, lacking it, a 429's <c>X-RateLimit-Reset</c>
/// is the minimum.
/// </summary>
internal static class JiraRetryDelay
{
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan BackoffCap = TimeSpan.FromSeconds(30);

    /// <summary>The wait before retry number <paramref name="retryIndex"/> (0 = first retry).</summary>
    public static TimeSpan For(int retryIndex, HttpResponseMessage? response, DateTimeOffset now, double jitter, TimeSpan? firstBackoff = null)
    {
        var backoff = Backoff(retryIndex, jitter, firstBackoff ?? FirstBackoff);
        return ServerRequested(response, now) is { } requested && requested > backoff ? requested : backoff;
    }

    public static TimeSpan Backoff(int retryIndex, double jitter, TimeSpan? firstBackoff = null)
    {
        var seconds = (firstBackoff ?? FirstBackoff).TotalSeconds * Math.Pow(2, Math.Min(retryIndex, 16)) * jitter;
        return TimeSpan.FromSeconds(Math.Min(seconds, BackoffCap.TotalSeconds));
    }

    /// <summary>A uniform jitter factor in [0.7, 1.3].</summary>
    public static double NextJitter() => 0.7 + (0.6 * RandomNumberGenerator.GetInt32(1_000_001) / 1_000_000.0);

    /// <summary>The wait the server asked for, measured against its own <c>Date</c> when it sent one.</summary>
    public static TimeSpan? ServerRequested(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null || !IsThrottling(response.StatusCode))
        {
            return null;
        }

        var serverNow = response.Headers.Date ?? now;
        return RetryAfter(response, serverNow) ?? RateLimitReset(response, serverNow);
    }

    private static bool IsThrottling(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset serverNow) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => NotNegative(delta),
        { Date: { } date } => NotNegative(date - serverNow),
        _ => null,
    };

    // Gateway-level 429s came without Retry-After but with X-RateLimit-Reset (ISO 8601) in 2026.
    private static TimeSpan? RateLimitReset(HttpResponseMessage response, DateTimeOffset serverNow)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests
            || !response.Headers.TryGetValues("X-RateLimit-Reset", out var values))
        {
            return null;
        }

        return DateTimeOffset.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reset)
            ? NotNegative(reset - serverNow)
            : null;
    }

    private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
