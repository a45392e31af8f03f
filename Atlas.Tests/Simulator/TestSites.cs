using Atlas.JiraSimulator;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Simulator;

/// <summary>Starts small simulators for tests; each test owns (and disposes) its own.</summary>
internal static class TestSites
{
    /// <summary>2026-11-25 20:00 UTC, a Wednesday (12:00 in Los Angeles).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    public static Task<SimulatedJira> StartAsync(int tickets = 300, TimeProvider? time = null, string timeZone = "America/Los_Angeles",
        string locale = "en_US", TimeSpan searchLag = default, RateLimitOptions? rateLimit = null) =>
        SimulatedJira.StartAsync(new SimulatorOptions
        {
            Tickets = tickets,
            Seed = 11,
            TimeProvider = time ?? TimeProvider.System,
            TimeZone = timeZone,
            Locale = locale,
            SearchLag = searchLag,
            RateLimit = rateLimit ?? RateLimitOptions.Generous,
        });

    public static FakeTimeProvider FakeTime() => new(Start);
}
