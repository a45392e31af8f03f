using Atlas.Core.Scheduling;
using Microsoft.Extensions.Logging;

namespace Atlas.Functions;

internal static partial class FunctionsLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "DailySync finished: {Outcome} after {Attempts} attempt(s), last run {RunId}; {Error}")]
    public static partial void DailySyncFinished(ILogger logger, ScheduledOutcome outcome, int attempts, long? runId, string? error);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Sync run report: {Report}")]
    public static partial void RunReport(ILogger logger, Sync.ReportLine report);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "DailySync is past due (the host was down or busy at the scheduled time); running now")]
    public static partial void PastDue(ILogger logger);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "{Function} failed; answered HTTP {Status}")]
    public static partial void Failed(ILogger logger, string function, int status, Exception exception);
}
