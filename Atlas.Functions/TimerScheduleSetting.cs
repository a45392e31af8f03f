using Microsoft.Extensions.Configuration;

namespace Atlas.Functions;

/// <summary>
/// The DailySync timer fires by the app setting <c>SyncSchedule</c>: the Functions host resolves <c>%SyncSchedule%</c>
/// itself and never sees the worker's configuration. So in the Functions app <c>SyncSchedule</c> wins, and the worker
/// takes it as <c>Atlas:Sync:Schedule</c>: the next run in <c>sync/status</c> and the "last sync too old" health check
/// then agree with when the timer really fires. Both set and different is refused at start.
/// </summary>
internal static class TimerScheduleSetting
{
    public const string Name = "SyncSchedule";
    private const string AtlasKey = "Atlas:Sync:Schedule";

    public static void Apply(IConfigurationManager configuration)
    {
        var timer = configuration[Name];
        if (!string.IsNullOrWhiteSpace(timer) && string.IsNullOrWhiteSpace(configuration[AtlasKey]))
        {
            configuration.AddInMemoryCollection([new KeyValuePair<string, string?>(AtlasKey, timer.Trim())]);
        }
    }

    public static string? Problem(IConfiguration configuration)
    {
        var timer = configuration[Name]?.Trim();
        var atlas = configuration[AtlasKey]?.Trim();
        if (string.IsNullOrEmpty(timer))
        {
            return "SyncSchedule is missing: the Functions host reads the DailySync timer's NCRONTAB schedule from it; set SyncSchedule=0 0 6 * * *.";
        }

        return string.Equals(timer, atlas, StringComparison.Ordinal)
            ? null
            : $"Atlas:Sync:Schedule ('{atlas}') differs from SyncSchedule ('{timer}'): the timer fires by SyncSchedule, so set only SyncSchedule (or make both equal).";
    }
}
