namespace Atlas.JiraSimulator;

/// <summary>A token bucket shared by all /rest calls: <see cref="Capacity"/> tokens, refilled continuously.</summary>
public sealed record RateLimitOptions(int Capacity, double RefillPerSecond)
{
    /// <summary>1000 tokens refilled at 1000 per second: never in the way of a normal test.</summary>
    public static RateLimitOptions Generous { get; } = new(1000, 1000);

    /// <summary>A steady <paramref name="requestsPerMinute"/> with a burst of a tenth of that (at least 1).</summary>
    public static RateLimitOptions PerMinute(int requestsPerMinute) =>
        new(Math.Max(1, requestsPerMinute / 10), requestsPerMinute / 60.0);
}
