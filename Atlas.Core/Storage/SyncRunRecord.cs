using Atlas.Core.Sync;

namespace Atlas.Core.Storage;

/// <summary>A stored sync run: its report plus the progress of a run still going.</summary>
internal sealed record SyncRunRecord(SyncReport Report, int? Total, DateTimeOffset? ProgressAt)
{
    /// <summary>Processed out of total in percent, when the total is known.</summary>
    public double? Percent => Total is > 0 and var total ? Math.Min(100.0, 100.0 * Report.Processed / total) : null;
}

/// <summary>A ticket Jira sent that failed validation in a run.</summary>
internal sealed record SyncRejection(long Id, long RunId, string? TicketKey, long? TicketId, string Reason, DateTimeOffset At);

/// <summary>Keys of <c>atlas_meta</c>: what offline JQL needs to know about the Jira user and site.</summary>
internal static class MetaKeys
{
    public const string JiraAccountId = "jira.account_id";
    public const string JiraDisplayName = "jira.display_name";
    public const string JiraTimeZone = "jira.time_zone";
    public const string JiraLocale = "jira.locale";
    public const string JiraBaseUrl = "jira.base_url";
}
