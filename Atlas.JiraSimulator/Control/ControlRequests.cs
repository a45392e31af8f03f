namespace Atlas.JiraSimulator.Control;

internal sealed record NewTicketRequest(string Project, string Summary, string? IssueType, TicketUpdate? Fields);

internal sealed record MoveRequest(string Project);

internal sealed record CorruptRequest(TicketCorruption Kind);

internal sealed record UserRequest(string? TimeZone, string? Locale);

internal sealed record ClockRequest(double SkewMinutes);

internal sealed record SearchLagRequest(double Seconds);

internal sealed record LatencyRequest(int Milliseconds);

/// <summary>Either a bucket (capacity and refill) or a steady requests-per-minute.</summary>
internal sealed record RateLimitRequest(int? Capacity, double? RefillPerSecond, int? RequestsPerMinute);

internal sealed record FaultsRequest(
    double ServerErrorRate,
    double ServiceUnavailableRate,
    double TruncatedBodyRate,
    double GarbageBodyRate,
    double DropConnectionRate,
    int? Seed,
    double? RetryAfterSeconds);

internal sealed record FailNextRequest(int Count, FaultKind Kind, string? Endpoint);

internal sealed record PageCapsRequest(int? Full, int? Ids);

internal sealed record TicketReference(string Id, string Key);

internal sealed record ControlError(string Error);

internal sealed record SimulatorStatus(
    string BaseUrl,
    string Email,
    string TimeZone,
    string Locale,
    DateTimeOffset Now,
    double ClockSkewMinutes,
    double SearchLagSeconds,
    double LatencyMilliseconds,
    RateLimitOptions RateLimit,
    FaultsRequest Faults,
    PageCapsRequest PageCaps,
    int Tickets);
