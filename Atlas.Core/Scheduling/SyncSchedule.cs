using Atlas.Core.Configuration;
using Cronos;

namespace Atlas.Core.Scheduling;

/// <summary>
/// When the scheduled sync runs: <c>Atlas:Sync:Schedule</c> (NCRONTAB, 6 fields with seconds, or 5) when set, else
/// <c>Atlas:Sync:Frequency</c> (daily 06:00, hourly, manual). Read in the host's local time zone, as the Functions
/// timer reads its schedule.
/// </summary>
public sealed class SyncSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeZoneInfo _zone;

    private SyncSchedule(string? expression, CronExpression? cron, TimeZoneInfo zone)
    {
        Expression = expression;
        _cron = cron;
        _zone = zone;
    }

    /// <summary>The NCRONTAB expression in force, or null for manual syncs only.</summary>
    public string? Expression { get; }

    public static SyncSchedule From(SyncOptions options, TimeZoneInfo? zone = null)
    {
        var expression = ExpressionOf(options);
        return new SyncSchedule(expression, expression is null ? null : Parse(expression), zone ?? TimeZoneInfo.Local);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => _cron?.GetNextOccurrence(after, _zone);

    /// <summary>How long between two runs at most, for "is the last sync too old" checks; null for manual.</summary>
    public TimeSpan? LongestGap(DateTimeOffset from)
    {
        var first = NextAfter(from);
        var second = first is { } f ? NextAfter(f) : null;
        return first is { } a && second is { } b ? b - a : null;
    }

    /// <summary>Null when <paramref name="expression"/> is a valid NCRONTAB expression, else why not.</summary>
    public static string? Problem(string expression)
    {
        try
        {
            Parse(expression);
            return null;
        }
        catch (CronFormatException invalid)
        {
            return invalid.Message;
        }
    }

    private static string? ExpressionOf(SyncOptions options) =>
        !string.IsNullOrWhiteSpace(options.Schedule)
            ? options.Schedule.Trim()
            : options.Frequency switch
            {
                SyncFrequency.Daily => "0 0 6 * * *",
                SyncFrequency.Hourly => "0 0 * * * *",
                _ => null,
            };

    private static CronExpression Parse(string expression) =>
        CronExpression.Parse(expression, expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
}
