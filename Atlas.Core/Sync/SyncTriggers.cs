namespace Atlas.Core.Sync;

/// <summary>The values of <see cref="SyncRequest.Trigger"/>: who asked for a run.</summary>
public static class SyncTriggers
{
    public const string Cli = "cli";
    public const string Http = "http";

    /// <summary>The Functions timer <c>DailySync</c>.</summary>
    public const string Timer = "timer";

    /// <summary><c>atlas schedule</c>, the timer's twin in the foreground.</summary>
    public const string Schedule = "schedule";
}
