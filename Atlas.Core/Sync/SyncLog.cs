using Microsoft.Extensions.Logging;

namespace Atlas.Core.Sync;

internal static partial class SyncLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Sync run {RunId} started ({Mode}, trigger {Trigger}) for {Projects}")]
    public static partial void Started(ILogger logger, long runId, string mode, string trigger, IEnumerable<string> projects);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Sync run {RunId} skipped: run {HolderRunId} holds the lease until {ExpiresAt:o}")]
    public static partial void Skipped(ILogger logger, long runId, long? holderRunId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Sync run {RunId} {Status}: {Processed} processed, {Created} created, {Updated} updated, {Unchanged} unchanged, {Deleted} deleted, {Rejected} rejected, {ApiCalls} API calls in {DurationMs} ms")]
    public static partial void Finished(ILogger logger, long runId, string status, int processed, int created, int updated, int unchanged, int deleted, int rejected, int apiCalls, long durationMs);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Sync run {RunId} failed: {Error}")]
    public static partial void Failed(ILogger logger, long runId, string error);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Sync run {RunId} rejected a ticket: {Reason}")]
    public static partial void Rejected(ILogger logger, long runId, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Sync run {RunId} tombstoned {Count} ticket(s) the census no longer lists: {Keys}")]
    public static partial void Tombstoned(ILogger logger, long runId, int count, IEnumerable<string> keys);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Sync run {RunId} resumes the {Mode} pass of {Scope} after page {PagesDone}")]
    public static partial void Resuming(ILogger logger, long runId, string mode, string scope, int pagesDone);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Sync run {RunId} could not resume {Scope} from its checkpoint ({Reason}); starting the pass again")]
    public static partial void ResumeRefused(ILogger logger, long runId, string scope, string reason);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Sync run {RunId} lost its lease; stopping")]
    public static partial void LeaseLost(ILogger logger, long runId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Sync run {RunId} fetched {Count} ticket(s) the census found missing locally")]
    public static partial void Repaired(ILogger logger, long runId, int count);
}
