using Microsoft.Extensions.Logging;

namespace Atlas.Core.Sync;

internal static partial class BackgroundSyncLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Background sync run {RunId} could not be completed")]
    public static partial void RunThrew(ILogger logger, long runId, Exception exception);
}
