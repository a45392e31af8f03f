using System.Net;
using System.Text.Json;

namespace Atlas.Tests.Simulator;

/// <summary>The `/_simulator` control routes let another process drive the simulator like the in-process handle.</summary>
public sealed class SimulatorControlHttpTests
{
    [Fact]
    public async Task PatchTicket_OverHttp_ChangesWhatJiraReturns()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        using var control = new HttpClient { BaseAddress = jira.BaseUri };
        const string Patch = """{"summary":"Patched over HTTP","status":"Done","labels":["smoke","api"],"customFields":{"Story Points":8,"Severity":"S2 - Major"}}""";

        var patched = await control.SendJiraAsync(HttpMethod.Patch, "_simulator/tickets/WRKA-1", Patch);
        var fields = (await client.GetJiraAsync("rest/api/3/issue/WRKA-1")).Json.GetProperty("fields");

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("WRKA-1", patched.Json.GetProperty("key").GetString());
        Assert.Equal("Patched over HTTP", fields.GetProperty("summary").GetString());
        Assert.Equal("Done", fields.GetProperty("status").GetProperty("name").GetString());
        Assert.Equal("Done", fields.GetProperty("resolution").GetProperty("name").GetString());
        Assert.Equal(["smoke", "api"], fields.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(8, fields.GetProperty("customfield_10016").GetDouble());
        Assert.Equal("S2 - Major", fields.GetProperty("customfield_10030").GetProperty("value").GetString());
    }

    [Fact]
    public async Task TicketLifecycle_OverHttp_AddMoveHideCorruptDelete()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        using var control = new HttpClient { BaseAddress = jira.BaseUri };

        var added = await control.PostRawJiraAsync("_simulator/tickets", """{"project":"PAY","summary":"From the CLI","issueType":"Bug"}""");
        var key = added.Json.GetProperty("key").GetString()!;
        var moved = await control.PostRawJiraAsync($"_simulator/tickets/{key}/move", """{"project":"MOB"}""");
        var newKey = moved.Json.GetProperty("key").GetString()!;
        await control.PostRawJiraAsync($"_simulator/tickets/{newKey}/corrupt", """{"kind":"SummaryIsNumber"}""");
        var corrupted = (await client.GetJiraAsync($"rest/api/3/issue/{key}?fields=summary")).Json;
        await control.PostRawJiraAsync($"_simulator/tickets/{newKey}/hide", "{}");
        var hidden = await client.GetJiraAsync($"rest/api/3/issue/{newKey}");
        var deleted = await control.SendJiraAsync(HttpMethod.Delete, $"_simulator/tickets/{newKey}");
        var missing = await control.GetJiraAsync($"_simulator/tickets/{newKey}");

        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.StartsWith("MOB-", newKey, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, corrupted.GetProperty("fields").GetProperty("summary").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Behaviour_OverHttp_ChangesProfileFaultsAndCounters()
    {
        await using var jira = await TestSites.StartAsync();
        using var client = jira.CreateClient();
        using var control = new HttpClient { BaseAddress = jira.BaseUri };

        await control.SendJiraAsync(HttpMethod.Put, "_simulator/user", """{"timeZone":"Asia/Kathmandu","locale":"de_DE"}""");
        await control.PostRawJiraAsync("_simulator/faults/next", """{"count":1,"kind":"ServiceUnavailable","endpoint":"/myself"}""");
        var failed = await client.GetJiraAsync("rest/api/3/myself");
        var myself = (await client.GetJiraAsync("rest/api/3/myself")).Json;
        var counters = (await control.GetJiraAsync("_simulator/counters")).Json;
        var badZone = await control.SendJiraAsync(HttpMethod.Put, "_simulator/user", """{"timeZone":"Nowhere/Special"}""");
        var status = (await control.GetJiraAsync("_simulator")).Json;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal("Asia/Kathmandu", myself.GetProperty("timeZone").GetString());
        Assert.Equal(2, counters.GetProperty("GET /rest/api/3/myself").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badZone.Status);
        Assert.Equal("de_DE", status.GetProperty("locale").GetString());
        Assert.Equal(300, status.GetProperty("tickets").GetInt32());
    }
}
