using System.Text.Json.Serialization;
using Atlas.Core.Conflicts;

namespace Atlas.Functions.Conflicts;

/// <summary>The body of <c>PATCH tickets/{key}/local</c>: <c>{"set": {"priority": "High", "testStatus": "passed"}, "clear": ["labels"], "note": "…"}</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record LocalEditBody
{
    public const string Example = """{"set": {"priority": "High", "testStatus": "passed"}, "clear": ["labels"], "note": "Fails on Safari"}""";

    public Dictionary<string, string?>? Set { get; init; }

    public List<string>? Clear { get; init; }

    public string? Note { get; init; }

    /// <summary>Who made the edit, for the log; <c>http</c> when not given.</summary>
    public string? EditedBy { get; init; }

    public LocalEdit ToEdit() => new() { Set = Set ?? [], Clear = Clear ?? [], Note = Note };
}

/// <summary>The body of <c>POST conflicts/{id}/resolve</c>: <c>{"take": "local" | "jira", "values": {"priority": "High"}, "resolvedBy": "tess"}</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ResolveBody
{
    public const string Example = """{"take": "local"} or {"take": "jira", "values": {"priority": "High"}}""";

    public string? Take { get; init; }

    public Dictionary<string, string?>? Values { get; init; }

    /// <summary>Who resolved it, for the log; <c>http</c> when not given.</summary>
    public string? ResolvedBy { get; init; }

    public ConflictDecision ToDecision() => new() { Take = Take, Values = Values ?? [] };
}

/// <summary>Who an HTTP edit or resolution is recorded as: the name the caller gives (function keys carry no identity), prefixed so it cannot pose as the CLI or a sync.</summary>
internal static class HttpUser
{
    public static string Name(string? given) =>
        string.IsNullOrWhiteSpace(given) ? "http" : "http:" + given.Trim()[..Math.Min(given.Trim().Length, 64)];
}
