using System.Globalization;
using Atlas.Core.Jira;

namespace Atlas.Tests.Jira;

public sealed class JiraTimeTests
{
    [Theory]
    [InlineData("2026-11-27T06:00:00.000-0800", "2026-11-27T06:00:00.0000000-08:00")]
    [InlineData("2023-06-24T19:24:50.000+0000", "2023-06-24T19:24:50.0000000+00:00")]
    [InlineData("2018-12-11T20:02:44.679+0200", "2018-12-11T20:02:44.6790000+02:00")]
    [InlineData("2026-11-27T06:00:00.000+0545", "2026-11-27T06:00:00.0000000+05:45")]
    [InlineData("2026-11-27T06:00:00.000+05:45", "2026-11-27T06:00:00.0000000+05:45")]
    [InlineData("2026-11-27T14:00:00Z", "2026-11-27T14:00:00.0000000+00:00")]
    [InlineData("2026-11-27T14:00:00.123456Z", "2026-11-27T14:00:00.1234560+00:00")]
    [InlineData("2026-11-27T06:00:00-0800", "2026-11-27T06:00:00.0000000-08:00")]
    [InlineData("2026-04-05T03:00:00.000+1345", "2026-04-05T03:00:00.0000000+13:45")]
    public void TryParseTimestamp_JiraForms_KeepTheOffset(string text, string expected)
    {
        Assert.True(JiraTime.TryParseTimestamp(text, out var value));

        Assert.Equal(expected, value.ToString("o", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-27 06:00:00")]
    [InlineData("2026-11-27T06:00:00.000")]
    [InlineData("2026-02-30T00:00:00.000+0000")]
    [InlineData("1606981520974")]
    [InlineData(null)]
    public void TryParseTimestamp_NotAJiraTimestamp_Fails(string? text)
    {
        Assert.False(JiraTime.TryParseTimestamp(text, out _));
    }

    [Theory]
    [InlineData("2024-12-31", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-12-31T00:00:00.000+0000", false)]
    [InlineData("31/12/2024", false)]
    public void TryParseDate_OnlyIsoDates(string text, bool valid)
    {
        Assert.Equal(valid, JiraTime.TryParseDate(text, out var date));
        if (valid)
        {
            Assert.Equal(text, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("America/Los_Angeles", "2026-11-27T14:00:59.999Z", "2026-11-27 06:00")]
    [InlineData("America/Los_Angeles", "2026-07-01T00:30:00Z", "2026-06-30 17:30")]
    [InlineData("Asia/Kathmandu", "2026-11-27T00:14:30Z", "2026-11-27 05:59")]
    [InlineData("Asia/Kathmandu", "2026-11-27T18:15:00Z", "2026-11-28 00:00")]
    [InlineData("Pacific/Chatham", "2026-11-27T00:00:00Z", "2026-11-27 13:45")]
    [InlineData("Pacific/Chatham", "2026-06-01T00:00:00Z", "2026-06-01 12:45")]
    [InlineData("Pacific/Chatham", "2026-11-27T10:20:10Z", "2026-11-28 00:05")]
    [InlineData("UTC", "2026-11-27T14:00:00Z", "2026-11-27 14:00")]
    public void FormatJqlDateTime_InTheUsersZone_FlooredToTheMinute(string zone, string instant, string expected)
    {
        Assert.Equal(expected, JiraTime.FormatJqlDateTime(Instant(instant), JiraTime.FindTimeZone(zone)));
    }

    [Theory]
    [InlineData("America/Los_Angeles", "2026-11-01T08:30:00Z", "2026-11-01 00:59")] // 01:30 PDT, first of two 01:30s
    [InlineData("America/Los_Angeles", "2026-11-01T09:30:45Z", "2026-11-01 01:30")] // 01:30 PST, the second
    [InlineData("America/Los_Angeles", "2026-03-08T10:00:00Z", "2026-03-08 03:00")] // just after spring-forward
    [InlineData("Pacific/Chatham", "2026-04-04T13:15:00Z", "2026-04-05 02:44")] // 03:00 +1345, first of two 03:00s
    [InlineData("Pacific/Chatham", "2026-04-04T14:15:00Z", "2026-04-05 03:00")] // 03:00 +1245, the second
    public void FormatJqlDateTime_RepeatedWallClockTime_NeverLaterThanTheInstant(string zone, string instant, string expected)
    {
        Assert.Equal(expected, JiraTime.FormatJqlDateTime(Instant(instant), JiraTime.FindTimeZone(zone)));
    }

    [Theory]
    [InlineData("America/Los_Angeles", "2026-11-01T06:00:00Z")]
    [InlineData("Pacific/Chatham", "2026-04-04T11:00:00Z")]
    [InlineData("Asia/Kathmandu", "2026-04-04T11:00:00Z")]
    public void FormatJqlDateTime_EveryMinuteAroundATransition_EveryReadingAtOrBeforeTheInstant(string zoneId, string from)
    {
        var zone = JiraTime.FindTimeZone(zoneId);
        for (var instant = Instant(from).AddSeconds(17); instant < Instant(from).AddHours(6); instant = instant.AddMinutes(1))
        {
            var literal = DateTime.ParseExact(JiraTime.FormatJqlDateTime(instant, zone), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var readings = zone.IsAmbiguousTime(literal) ? zone.GetAmbiguousTimeOffsets(literal) : [zone.GetUtcOffset(literal)];
            Assert.All(readings, offset => Assert.True(new DateTimeOffset(literal, offset) <= instant, $"{literal:HH:mm}{offset} after {instant:o}"));
            Assert.True(instant - new DateTimeOffset(literal, readings.Max()) < TimeSpan.FromMinutes(62), $"{literal:HH:mm} too early for {instant:o}");
        }
    }

    [Fact]
    public void FindTimeZone_UnknownId_SaysWhichIdAndWhatToDo()
    {
        var error = Assert.Throws<JiraResponseException>(() => JiraTime.FindTimeZone("Mars/Olympus_Mons"));

        Assert.Contains("'Mars/Olympus_Mons'", error.Message, StringComparison.Ordinal);
        Assert.Contains("IANA", error.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
