namespace Atlas.Tests.Search;

/// <summary>
/// Dates for a user at +0545 (Asia/Kathmandu) with weeks starting on Monday (de_DE): literals, periods and date
/// functions are read in the user's zone, live and offline alike. (The -0800 case is <see cref="OfflineEquivalenceTests"/>.)
/// </summary>
public sealed class TimeZoneEquivalenceTests(KathmanduSite site) : IClassFixture<KathmanduSite>
{
    [Theory]
    [InlineData("updated >= startOfDay() ORDER BY updated ASC")]
    [InlineData("updated >= startOfDay(-1) AND updated < startOfDay()")]
    [InlineData("updated >= startOfWeek() ORDER BY updated ASC")]
    [InlineData("updated < startOfWeek() AND updated >= startOfWeek(-1w) ORDER BY updated ASC")]
    [InlineData("updated >= \"2026-11-23\" AND updated < \"2026/11/24 00:00\"")]
    [InlineData("updated >= \"2026-11-22 23:59\" AND updated <= \"2026-11-23 00:00\" ORDER BY updated DESC")]
    [InlineData("updated = \"2026-11-23 00:00\"")]
    [InlineData("updated > endOfDay(-2) AND updated <= endOfDay(-1)")]
    [InlineData("updated >= -1d ORDER BY updated DESC")]
    [InlineData("updated >= \"-2d 5h\" AND updated < -90m")]
    [InlineData("created >= startOfMonth() ORDER BY created ASC")]
    [InlineData("created >= startOfYear() AND created < startOfMonth(-2) AND project = QA")]
    [InlineData("due = startOfDay()")]
    [InlineData("due = now()")]
    [InlineData("due >= startOfWeek() AND due <= endOfWeek() ORDER BY due ASC")]
    [InlineData("due < startOfDay() AND updated >= -4d")]
    [InlineData("due <= \"2026-11-24\" AND updated >= -4d ORDER BY due DESC")]
    [InlineData("due > now() AND updated >= -4d ORDER BY due ASC")]
    [InlineData("due >= \"2026-11-25 12:00\" AND updated >= -4d")]
    [InlineData("due in (\"2026-11-23\", \"2026/11/29\")")]
    [InlineData("resolved >= startOfWeek() ORDER BY resolved ASC")]
    public Task Search_DatesAt0545_SameKeysInSameOrder(string query) =>
        EquivalenceAssert.SameKeysAsync(site.Search, query);

    [Fact]
    public async Task Search_StartOfDayAt0545_SplitsEditsAMinuteApart()
    {
        var keys = await EquivalenceAssert.SameKeysAsync(site.Search, "updated >= startOfDay() AND updated < startOfDay(1) ORDER BY updated ASC");

        Assert.Equal(["WMB-1", "WMB-2", "QA-1"], keys);
    }

    [Fact]
    public async Task Search_StartOfWeekFromMonday_IncludesTheMondayEditOnly()
    {
        var keys = await EquivalenceAssert.SameKeysAsync(site.Search, "key in (WRKA-1, WRKA-2) AND updated >= startOfWeek()");

        Assert.Equal(["WRKA-2"], keys);
    }
}
