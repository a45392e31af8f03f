using Microsoft.Extensions.Logging;

namespace Atlas.Core.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Applied schema migration {Migration} to {DatabasePath}")]
    public static partial void MigrationApplied(ILogger logger, string migration, string databasePath);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Tombstoned {Count} tickets not seen by sync run {RunId} ({Reason})")]
    public static partial void Tombstoned(ILogger logger, int count, long runId, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Jira gave key {Key} to another issue id; the row that held it was tombstoned until Jira shows it again")]
    public static partial void KeyReassigned(ILogger logger, string key);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Lease {Lease} taken over by {Owner} from {PreviousOwner}, whose lease expired at {ExpiredAt}")]
    public static partial void LeaseTakenOver(ILogger logger, string lease, string owner, string previousOwner, DateTimeOffset expiredAt);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Critical ticket {Key} has a conflict waiting for a decision (conflict {ConflictId}, fields {Fields}): run `atlas conflicts`")]
    public static partial void CriticalConflict(ILogger logger, string key, long conflictId, string fields);
}
