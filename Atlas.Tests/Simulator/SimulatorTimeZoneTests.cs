using Atlas.JiraSimulator;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Simulator;

/// <summary>JQL dates are local times of the API user's profile zone, at minute precision; timestamps render in it.</summary>
public sealed class SimulatorTimeZoneTests
{
    [Theory]
    [InlineData("America/Los_Angeles", "2026-11-27T07:59:30Z", "2026-11-26T23:59:30.000-0800")]
    [InlineData("Asia/Kathmandu", "2026-11-26T18:14:30Z", "2026-11-26T23:59:30.000+0545")]
    public async Task UpdatedJql_EditAt2359Local_FoundByThatMinuteNotByTheNextDay(string zone, string editedAtUtc, string rendered)
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time, timeZone: zone);
        using var client = jira.CreateClient();
        time.SetUtcNow(DateTimeOffset.Parse(editedAtUtc, System.Globalization.CultureInfo.InvariantCulture));
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "Edited just before midnight" });

        Assert.Equal(1, await CountAsync(client, "key = WRKA-1 AND updated >= \"2026-11-26 23:59\""));
        Assert.Equal(1, await CountAsync(client, "key = WRKA-1 AND updated < \"2026/11/27\""));
        Assert.Equal(0, await CountAsync(client, "key = WRKA-1 AND updated >= \"2026-11-27\""));
        Assert.Equal(0, await CountAsync(client, "key = WRKA-1 AND updated >= \"2026-11-27 00:00\""));
        Assert.Equal(rendered, await UpdatedAsync(client, "WRKA-1"));
    }

    [Fact]
    public async Task Rendering_SummerAndChathamOffsets_AreDstCorrect()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        time.SetUtcNow(new DateTimeOffset(2027, 7, 1, 19, 0, 0, TimeSpan.Zero));
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Priority = "High" });

        var summer = await UpdatedAsync(client, "WRKA-1");
        jira.Control.SetUserTimeZone("Pacific/Chatham");
        var chatham = await UpdatedAsync(client, "WRKA-1");

        Assert.Equal("2027-07-01T12:00:00.000-0700", summer);
        Assert.Equal("2027-07-02T07:45:00.000+1245", chatham);
    }

    [Fact]
    public async Task StartOfDay_DependsOnTheUsersZone()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "early" });
        time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 30, 0, TimeSpan.Zero));
        jira.Control.UpdateTicket("WRKA-2", new TicketUpdate { Summary = "late" });
        const string Today = "key in (WRKA-1, WRKA-2) AND updated >= startOfDay()";
        const string Yesterday = "key in (WRKA-1, WRKA-2) AND updated >= startOfDay(-1)";

        var losAngeles = (await CountAsync(client, Today), await CountAsync(client, Yesterday));
        jira.Control.SetUserTimeZone("Asia/Kathmandu");
        var kathmandu = (await CountAsync(client, Today), await CountAsync(client, Yesterday));

        Assert.Equal((2, 2), losAngeles);
        Assert.Equal((1, 2), kathmandu);
    }

    [Fact]
    public async Task StartOfWeek_FollowsTheLocalesFirstDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 18, 0, 0, TimeSpan.Zero));
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "Sunday work" });
        time.SetUtcNow(TestSites.Start);
        const string ThisWeek = "key = WRKA-1 AND updated >= startOfWeek()";

        var unitedStates = await CountAsync(client, ThisWeek);
        jira.Control.SetUserLocale("de_DE");
        var germany = await CountAsync(client, ThisWeek);

        Assert.Equal(1, unitedStates);
        Assert.Equal(0, germany);
    }

    [Fact]
    public async Task RelativePeriods_CountFromTheServerClockTruncatedToTheMinute()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        time.Advance(TimeSpan.FromSeconds(10));
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "relative" });
        time.Advance(TimeSpan.FromSeconds(5 * 60 + 40));

        Assert.Equal(1, await CountAsync(client, "key = WRKA-1 AND updated >= -5m"));
        Assert.Equal(0, await CountAsync(client, "key = WRKA-1 AND updated >= -4"));
        Assert.Equal(1, await CountAsync(client, "key = WRKA-1 AND updated >= \"-1w 2d\""));
        Assert.Equal(0, await CountAsync(client, "key = WRKA-1 AND updated <= -1h"));
    }

    [Fact]
    public async Task ClockSkew_ShiftsUpdatedAndTheDateHeader()
    {
        var time = TestSites.FakeTime();
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        jira.Control.ClockSkew = TimeSpan.FromMinutes(90);

        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "skewed" });
        var response = await client.GetJiraAsync("rest/api/3/myself");

        Assert.Equal(TestSites.Start.AddMinutes(90), response.Headers.Date);
        Assert.Equal("2026-11-25T13:30:00.000-0800", await UpdatedAsync(client, "WRKA-1"));
    }

    [Fact]
    public async Task DateLiterals_InDstGapAndOverlap_ResolveLikeJava()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var jira = await TestSites.StartAsync(time: time);
        using var client = jira.CreateClient();
        time.SetUtcNow(new DateTimeOffset(2026, 3, 8, 10, 15, 0, TimeSpan.Zero));
        jira.Control.UpdateTicket("WRKA-1", new TicketUpdate { Summary = "03:15 PDT, just after the spring-forward gap" });
        time.SetUtcNow(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        jira.Control.UpdateTicket("WRKA-2", new TicketUpdate { Summary = "01:00 PST, inside the repeated hour" });

        Assert.Equal(0, await CountAsync(client, "key = WRKA-1 AND updated >= \"2026-03-08 02:30\""));
        Assert.Equal(1, await CountAsync(client, "key = WRKA-1 AND updated >= \"2026-03-08 01:59\""));
        Assert.Equal(1, await CountAsync(client, "key = WRKA-2 AND updated >= \"2026-11-01 01:30\""));
        Assert.Equal("2026-11-01T01:00:00.000-0800", await UpdatedAsync(client, "WRKA-2"));
    }

    private static async Task<int> CountAsync(HttpClient client, string jql)
    {
        var response = await client.GetJiraAsync($"rest/api/3/search/jql?jql={JiraHttp.Query(jql)}&maxResults=100");
        Assert.True(response.Status == System.Net.HttpStatusCode.OK, response.Text);
        return response.Json.GetProperty("issues").GetArrayLength();
    }

    private static async Task<string?> UpdatedAsync(HttpClient client, string key) =>
        (await client.GetJiraAsync($"rest/api/3/issue/{key}?fields=updated")).Json.GetProperty("fields").GetProperty("updated").GetString();
}
