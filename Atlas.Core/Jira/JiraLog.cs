using Microsoft.Extensions.Logging;

namespace Atlas.Core.Jira;

/// <summary>The Jira client's and ticket mapper's log lines (event ids 1100–1199); never headers, never the token.</summary>
internal static partial class JiraLog
{
    [LoggerMessage(1101, LogLevel.Warning, "Jira call failed ({Reason}); retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, int retry, int maxRetries, string reason, long delayMs);

    [LoggerMessage(1102, LogLevel.Debug, "Waiting {WaitMs} ms for the client-side rate limit of {RequestsPerMinute} Jira requests per minute")]
    public static partial void WaitingForRateLimit(ILogger logger, long waitMs, int requestsPerMinute);

    [LoggerMessage(1103, LogLevel.Warning, "Rejected ticket {Key} (id {Id}): {Field}: {Reason}")]
    public static partial void TicketRejected(ILogger logger, string key, string id, string field, string reason);

    [LoggerMessage(1104, LogLevel.Debug, "Jira search page: {Issues} issues, last page: {IsLast}")]
    public static partial void SearchPage(ILogger logger, int issues, bool isLast);

    [LoggerMessage(1106, LogLevel.Debug, "Jira {Method} {Path} answered HTTP {Status} in {ElapsedMs} ms")]
    public static partial void Attempt(ILogger logger, string method, string path, int status, long elapsedMs);

    [LoggerMessage(1105, LogLevel.Warning, "Jira call failed: {Message}")]
    public static partial void CallFailed(ILogger logger, string message);
}
