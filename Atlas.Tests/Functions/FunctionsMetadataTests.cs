using System.Text.Json;

namespace Atlas.Tests.Functions;

/// <summary>
/// The functions.metadata the Worker SDK writes at build time (copied to the test output through the project
/// reference) is what the Functions host indexes: names, routes, methods, auth levels and the timer's schedule.
/// </summary>
public sealed class FunctionsMetadataTests
{
    public static TheoryData<string, string, string, string> HttpRoutes => new()
    {
        { "GetTicket", "tickets/{key}", "get", "Function" },
        { "ListTickets", "tickets", "get", "Function" },
        { "StartSync", "sync", "post", "Function" },
        { "SyncStatus", "sync/status", "get", "Function" },
        { "ListSyncRuns", "sync/runs", "get", "Function" },
        { "GetSyncRun", "sync/runs/{id}", "get", "Function" },
        { "Search", "search", "get,post", "Function" },
        { "ValidateJql", "jql/validate", "get,post", "Function" },
        { "ListTemplates", "jql/templates", "get", "Function" },
        { "RunTemplate", "jql/templates/{name}", "get,post", "Function" },
        { "Health", "health", "get", "Anonymous" },
        { "EditTicketLocally", "tickets/{key}/local", "patch", "Function" },
        { "ListConflicts", "conflicts", "get", "Function" },
        { "GetConflict", "conflicts/{id:long}", "get", "Function" },
        { "ResolveConflict", "conflicts/{id:long}/resolve", "post", "Function" },
        { "ConflictLog", "conflicts/log", "get", "Function" },
    };

    [Fact]
    public void Metadata_Functions_AreExactlyTheRoutesAndTheTimer()
    {
        var names = Functions().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(HttpRoutes.Select(row => (string)row[0]).Append("DailySync").Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(HttpRoutes))]
    public void Metadata_HttpFunction_HasItsRouteMethodsAndExplicitAuthLevel(string name, string route, string methods, string authLevel)
    {
        var trigger = Trigger(name);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(methods.Split(','), trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void Metadata_DailySync_FiresBySyncScheduleSettingAndNeverOnStartup()
    {
        var trigger = Trigger("DailySync");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%SyncSchedule%", trigger.GetProperty("schedule").GetString());
        Assert.False(trigger.TryGetProperty("runOnStartup", out var onStartup) && onStartup.GetBoolean(), "DailySync must not run on start-up");
    }

    [Fact]
    public void Metadata_NoFunction_HasAHostRetryPolicy()
    {
        // The scheduling policy retries; a host retry policy would multiply its attempts.
        Assert.All(Functions(), f => Assert.False(f.TryGetProperty("retry", out var retry) && retry.ValueKind != JsonValueKind.Null, f.GetProperty("name").GetString()));
    }

    private static JsonElement Trigger(string function) =>
        Functions().Single(f => f.GetProperty("name").GetString() == function)
            .GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static List<JsonElement> Functions()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Worker SDK writes it into Atlas.Functions' output and the project reference copies it here.");
        return [.. JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray()];
    }
}
