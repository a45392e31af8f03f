namespace Atlas.Core.Health;

/// <summary>What <c>atlas health</c> and <c>GET health</c> show: the worst check decides the status.</summary>
public sealed record HealthReport(string Status, string Mode, IReadOnlyDictionary<string, HealthCheck> Checks);

/// <summary>One check: <c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>, and what was seen.</summary>
public sealed record HealthCheck(string Status, string Detail)
{
    public long? DurationMs { get; init; }
}

/// <summary>The values of <see cref="HealthReport.Status"/> and <see cref="HealthCheck.Status"/>, best first.</summary>
public static class HealthStatus
{
    public const string Healthy = "healthy";
    public const string Degraded = "degraded";
    public const string Unhealthy = "unhealthy";

    public static string Worst(IEnumerable<string> statuses) =>
        statuses.MaxBy(Rank) ?? Healthy;

    private static int Rank(string status) => status switch
    {
        Unhealthy => 2,
        Degraded => 1,
        _ => 0,
    };
}

/// <summary>The values of <see cref="HealthReport.Mode"/>.</summary>
public static class ConnectionModes
{
    public const string Online = "online";
    public const string Offline = "offline";
}
