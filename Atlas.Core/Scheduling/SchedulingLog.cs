using Microsoft.Extensions.Logging;

namespace Atlas.Core.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Scheduled sync ({Trigger}) not run: Atlas:Sync:AutoSync is false")]
    public static partial void Disabled(ILogger logger, string trigger);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Scheduled sync ({Trigger}) skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string trigger, string? reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Scheduled sync attempt {Attempt} of {MaxAttempts} failed ({Error}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, int attempt, int maxAttempts, string? error, TimeSpan delay);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Scheduled sync attempt {Attempt} could not run: {Error}")]
    public static partial void AttemptThrew(ILogger logger, int attempt, string error);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Next scheduled sync at {Next:o} ({Expression})")]
    public static partial void Waiting(ILogger logger, DateTimeOffset next, string? expression);
}
