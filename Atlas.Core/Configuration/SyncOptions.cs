using System.ComponentModel.DataAnnotations;

namespace Atlas.Core.Configuration;

/// <summary><c>Atlas:Sync</c>: when and how syncs run.</summary>
public sealed class SyncOptions
{
    /// <summary>Conflict strategy names accepted by <see cref="ConflictResolution"/>.</summary>
    public static readonly string[] ConflictStrategies = ["JIRA_WINS", "LOCAL_WINS", "NEWEST_WINS", "MANUAL"];

    /// <summary>The default of <see cref="CriticalPriorities"/>.</summary>
    public static readonly IReadOnlyList<string> DefaultCriticalPriorities = ["Highest", "Blocker"];

    /// <summary><c>daily</c> (06:00), <c>hourly</c> or <c>manual</c>. Default daily.</summary>
    [EnumDataType(typeof(SyncFrequency), ErrorMessage = "Atlas:Sync:Frequency must be daily, hourly or manual.")]
    public SyncFrequency Frequency { get; set; } = SyncFrequency.Daily;

    /// <summary>An explicit NCRONTAB (6 fields) schedule; when empty it follows <see cref="Frequency"/>.</summary>
    [Ncrontab]
    public string? Schedule { get; set; }

    /// <summary>False: the timer and <c>atlas schedule</c> run nothing.</summary>
    public bool AutoSync { get; set; } = true;

    /// <summary>JIRA_WINS (default), LOCAL_WINS, NEWEST_WINS or MANUAL.</summary>
    [AllowedValues("JIRA_WINS", "LOCAL_WINS", "NEWEST_WINS", "MANUAL", ErrorMessage = "Atlas:Sync:ConflictResolution must be JIRA_WINS, LOCAL_WINS, NEWEST_WINS or MANUAL.")]
    public string ConflictResolution { get; set; } = "JIRA_WINS";

    /// <summary>
    /// With MANUAL: <c>all</c> (default) sends every conflict to the inbox; <c>critical</c> only conflicts on critical
    /// tickets (<see cref="CriticalPriorities"/> or <see cref="CriticalJql"/>), the rest get <see cref="FallbackResolution"/>.
    /// </summary>
    [EnumDataType(typeof(ManualScope), ErrorMessage = "Atlas:Sync:ManualFor must be all or critical.")]
    public ManualScope ManualFor { get; set; } = ManualScope.All;

    /// <summary>The strategy for non-critical tickets when MANUAL is limited to critical ones: JIRA_WINS (default), LOCAL_WINS or NEWEST_WINS.</summary>
    [AllowedValues("JIRA_WINS", "LOCAL_WINS", "NEWEST_WINS", ErrorMessage = "Atlas:Sync:FallbackResolution must be JIRA_WINS, LOCAL_WINS or NEWEST_WINS.")]
    public string FallbackResolution { get; set; } = "JIRA_WINS";

    /// <summary>Priorities that make a ticket critical; empty (the default) means Highest and Blocker.</summary>
    /// <remarks>Empty rather than pre-filled: the configuration binder appends to a list's initial items.</remarks>
    public List<string> CriticalPriorities { get; set; } = [];

    /// <summary>JQL naming critical tickets besides the priorities (e.g. <c>labels = release-blocker</c>); it must run offline.</summary>
    [OfflineJql("Atlas:Sync:CriticalJql")]
    public string? CriticalJql { get; set; }

    /// <summary>How far an incremental sync reaches back before the watermark, to absorb search lag and edits made mid-sync. Default 10 minutes.</summary>
    [SettingRange("00:00:00", "7.00:00:00", ErrorMessage = "Atlas:Sync:Overlap must be between 00:00:00 and 7.00:00:00.")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a sync's lease lasts without renewal; a crashed holder's lease expires after it. Default 5 minutes.</summary>
    [SettingRange("00:00:10", "1.00:00:00", ErrorMessage = "Atlas:Sync:LeaseDuration must be between 00:00:10 and 1.00:00:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>How often the scheduled sync runs when no explicit schedule is set.</summary>
public enum SyncFrequency
{
    /// <summary>Every day at 06:00.</summary>
    Daily,

    /// <summary>At the start of every hour.</summary>
    Hourly,

    /// <summary>Only when asked.</summary>
    Manual,
}

/// <summary>Which conflicts MANUAL sends to the inbox.</summary>
public enum ManualScope
{
    /// <summary>Every conflict.</summary>
    All,

    /// <summary>Conflicts on critical tickets only.</summary>
    Critical,
}
