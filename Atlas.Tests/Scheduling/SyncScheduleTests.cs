using Atlas.Core.Configuration;
using Atlas.Core.Scheduling;

namespace Atlas.Tests.Scheduling;

public sealed class SyncScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void NextAfter_Daily_IsSixInTheMorningOfTheZone()
    {
        var schedule = SyncSchedule.From(new SyncOptions { Frequency = SyncFrequency.Daily }, Berlin);

        Assert.Equal("0 0 6 * * *", schedule.Expression);
        Assert.Equal(At("2026-01-15T06:00:00+01:00"), schedule.NextAfter(At("2026-01-14T06:00:00+01:00")));
        Assert.Equal(At("2026-01-15T06:00:00+01:00"), schedule.NextAfter(At("2026-01-15T05:59:59+01:00")));
    }

    [Fact]
    public void NextAfter_Hourly_IsTheNextFullHour()
    {
        var schedule = SyncSchedule.From(new SyncOptions { Frequency = SyncFrequency.Hourly }, TimeZoneInfo.Utc);

        Assert.Equal(At("2026-05-01T11:00:00Z"), schedule.NextAfter(At("2026-05-01T10:00:00Z")));
        Assert.Equal(TimeSpan.FromHours(1), schedule.LongestGap(At("2026-05-01T10:30:00Z")));
    }

    [Theory]
    [InlineData("*/2 * * * * *", "2026-05-01T10:00:01Z", "2026-05-01T10:00:02Z")]
    [InlineData("0 30 9 * * 1-5", "2026-05-01T10:00:00Z", "2026-05-04T09:30:00Z")]
    [InlineData("15 7 * * *", "2026-05-01T10:00:00Z", "2026-05-02T07:15:00Z")]
    public void NextAfter_ExplicitSchedule_WinsOverFrequency(string expression, string after, string expected)
    {
        var schedule = SyncSchedule.From(new SyncOptions { Frequency = SyncFrequency.Hourly, Schedule = expression }, TimeZoneInfo.Utc);

        Assert.Equal(expression, schedule.Expression);
        Assert.Equal(At(expected), schedule.NextAfter(At(after)));
    }

    [Fact]
    public void NextAfter_Manual_IsNever()
    {
        var schedule = SyncSchedule.From(new SyncOptions { Frequency = SyncFrequency.Manual }, Berlin);

        Assert.Null(schedule.Expression);
        Assert.Null(schedule.NextAfter(At("2026-05-01T10:00:00Z")));
    }

    [Fact]
    public void NextAfter_DailyAcrossSpringForward_StaysAtSixLocalWithTheNewOffset()
    {
        var schedule = SyncSchedule.From(new SyncOptions(), Berlin);

        var before = schedule.NextAfter(At("2026-03-28T07:00:00+01:00"))!.Value;
        var after = schedule.NextAfter(before)!.Value;

        Assert.Equal(At("2026-03-29T06:00:00+02:00"), before);
        Assert.Equal(At("2026-03-30T06:00:00+02:00"), after);
        Assert.Equal(TimeSpan.FromHours(23), before - At("2026-03-28T06:00:00+01:00"));
    }

    [Fact]
    public void NextAfter_TimeInTheSpringGap_RunsOnceWhenTheClockJumps()
    {
        var schedule = SyncSchedule.From(new SyncOptions { Schedule = "0 30 2 * * *" }, Berlin);

        var inGap = schedule.NextAfter(At("2026-03-29T01:00:00+01:00"))!.Value;

        Assert.Equal(At("2026-03-29T03:00:00+02:00"), inGap);
        Assert.Equal(At("2026-03-30T02:30:00+02:00"), schedule.NextAfter(inGap));
    }

    [Fact]
    public void NextAfter_TimeInTheAutumnOverlap_RunsOnlyOnce()
    {
        var schedule = SyncSchedule.From(new SyncOptions { Schedule = "0 30 2 * * *" }, Berlin);

        var first = schedule.NextAfter(At("2026-10-25T01:00:00+02:00"))!.Value;

        Assert.Equal(At("2026-10-25T02:30:00+02:00"), first);
        Assert.Equal(At("2026-10-26T02:30:00+01:00"), schedule.NextAfter(first));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
