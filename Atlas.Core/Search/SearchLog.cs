using Microsoft.Extensions.Logging;

namespace Atlas.Core.Search;

internal static partial class SearchLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Search answered from {Source}: {Count} tickets in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string source, int count, long elapsedMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Jira could not be reached for a search; answering from the local cache: {Reason}")]
    public static partial void FellBackToCache(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Jira refused a search query: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "A live search skipped {Count} tickets Atlas cannot accept")]
    public static partial void Rejected(ILogger logger, int count);
}
