using Microsoft.Extensions.Logging;

namespace Atlas.Core.Notifications;

internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Scheduled sync ({Trigger}) succeeded: run {RunId} after {Attempts} attempt(s)")]
    public static partial void Succeeded(ILogger logger, string trigger, long? runId, int attempts);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Scheduled sync ({Trigger}) failed {Attempts} time(s), giving up until the next occurrence: {Error}")]
    public static partial void Failed(ILogger logger, string trigger, int attempts, string? error);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Webhook at {Host} accepted {Event} (HTTP {Status})")]
    public static partial void WebhookSent(ILogger logger, string host, string @event, int status);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Webhook at {Host} refused {Event}: HTTP {Status}; the sync's outcome stands")]
    public static partial void WebhookRefused(ILogger logger, string host, string @event, int status);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Webhook at {Host} could not be reached for {Event} ({Reason}); the sync's outcome stands")]
    public static partial void WebhookUnreachable(ILogger logger, string host, string @event, string reason);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "{Count} critical ticket(s) have conflicts waiting for a decision after sync run {RunId}: {Keys}")]
    public static partial void CriticalConflicts(ILogger logger, int count, long runId, string keys);
}
