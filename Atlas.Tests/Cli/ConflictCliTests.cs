using Atlas.JiraSimulator;

namespace Atlas.Tests.Cli;

public sealed class ConflictCliTests
{
    [Fact]
    public async Task Manual_EditSyncListResolve_EndToEndOverTheCommandLine()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 40 });
        using var atlas = new CliRunner(jira, new Dictionary<string, string?> { ["Atlas:Sync:ConflictResolution"] = "MANUAL" });
        await atlas.RunAsync("sync", "--json");
        var key = jira.Control.Tickets()[2].Key;
        var original = jira.Control.Ticket(key)!.Summary;

        var edit = await atlas.RunAsync("edit", key.ToLowerInvariant(), "--set", "summary=Mine", "--set", "testStatus=blocked", "--note", "Needs a fresh account", "--json");
        jira.Control.UpdateTicket(key, new TicketUpdate { Summary = "Theirs" });
        var sync = await atlas.RunAsync("sync", "--json");
        var inbox = await atlas.RunAsync("conflicts", "--json");
        var human = await atlas.RunAsync("conflicts");
        var id = inbox.Json.GetProperty("conflicts")[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var resolve = await atlas.RunAsync("resolve", id, "--take", "jira", "--json");
        var again = await atlas.RunAsync("resolve", id, "--take", "local", "--json");
        var shown = await atlas.RunAsync("get", key, "--offline", "--json");
        var log = await atlas.RunAsync("conflicts", "--log", "--key", key, "--json");

        Assert.Equal(0, edit.ExitCode);
        Assert.Equal("Mine", edit.Json.GetProperty("summary").GetString());
        Assert.Equal(original, edit.Json.GetProperty("local").GetProperty("overrides").GetProperty("summary").GetProperty("jira").GetString());
        Assert.Equal((1, 1, 0), (sync.Json.GetProperty("conflicts").GetInt32(), sync.Json.GetProperty("pending").GetInt32(), sync.Json.GetProperty("autoResolved").GetInt32()));
        var conflict = inbox.Json.GetProperty("conflicts")[0];
        Assert.Equal(key, conflict.GetProperty("key").GetString());
        Assert.True(conflict.TryGetProperty("detectedAt", out _));
        var field = conflict.GetProperty("fields")[0];
        Assert.Equal(("summary", original, "Mine", "Theirs"), (field.GetProperty("field").GetString(), field.GetProperty("base").GetString(), field.GetProperty("local").GetString(), field.GetProperty("jira").GetString()));
        Assert.Contains("Theirs", human.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, resolve.ExitCode);
        Assert.Equal("resolved", resolve.Json.GetProperty("status").GetString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already resolved", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("Theirs", shown.Json.GetProperty("summary").GetString());
        Assert.False(shown.Json.GetProperty("local").GetProperty("overrides").TryGetProperty("summary", out _));
        Assert.Equal("blocked", shown.Json.GetProperty("local").GetProperty("fields").GetProperty("testStatus").GetString());
        Assert.Equal("Needs a fresh account", shown.Json.GetProperty("local").GetProperty("notes")[0].GetProperty("body").GetString());
        Assert.Equal(["resolved-jira", "pending"], log.Json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("outcome").GetString()));
        Assert.StartsWith("cli:", log.Json.GetProperty("entries")[0].GetProperty("resolvedBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_AndInvalidInput_AddTheNoteOrExitTwo()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 20 });
        using var atlas = new CliRunner(jira);
        await atlas.RunAsync("sync", "--json");
        var key = jira.Control.Tickets()[0].Key;

        var note = await atlas.RunAsync("note", key, "Seen on staging", "--json");
        var badStrategy = await atlas.RunAsync("sync", "--strategy", "coin-toss", "--json");
        var badDate = await atlas.RunAsync("edit", key, "--set", "dueDate=next week", "--json");
        var emptySummary = await atlas.RunAsync("edit", key, "--set", "summary=", "--json");
        var noConflict = await atlas.RunAsync("resolve", "999", "--take", "local", "--json");

        Assert.Equal(0, note.ExitCode);
        Assert.Equal("Seen on staging", note.Json.GetProperty("local").GetProperty("notes")[0].GetProperty("body").GetString());
        Assert.Equal(2, badStrategy.ExitCode);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("yyyy-MM-dd", badDate.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, emptySummary.ExitCode);
        Assert.Equal(1, noConflict.ExitCode);
        Assert.Contains("no conflict 999", noConflict.Stderr, StringComparison.Ordinal);
    }
}
