using System.Text.Json.Serialization;
using Atlas.Core.Conflicts;
using Atlas.Core.Sync;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Sync;

/// <summary>
/// The body of <c>POST sync</c>: <c>{"mode": "full" | "incremental", "projects": ["WRKA"], "strategy": "MANUAL"}</c>,
/// every part optional; <c>strategy</c> settles this sync's conflicts instead of <c>Atlas:Sync:ConflictResolution</c>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record SyncRequestBody
{
    private const string Example = "{\"mode\": \"full\"}";

    public string? Mode { get; init; }

    public IReadOnlyList<string>? Projects { get; init; }

    public string? Strategy { get; init; }

    /// <summary>The sync the body asks for, or why the body is not acceptable. An empty body asks for an incremental sync of every project.</summary>
    public static async Task<(SyncRequest? Request, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SyncRequestBody>(request, Example, cancellationToken);
        return problem is not null ? (null, problem)
            : body is null ? (new SyncRequest { Trigger = SyncTriggers.Http }, null)
            : body.ToRequest();
    }

    private (SyncRequest? Request, string? Problem) ToRequest()
    {
        var full = Mode?.Trim().ToUpperInvariant() switch
        {
            null or "INCREMENTAL" => false,
            "FULL" => true,
            _ => (bool?)null,
        };
        if (full is null)
        {
            return (null, $"The mode must be \"full\" or \"incremental\", not \"{Mode}\".");
        }

        if (Strategy is not null && ConflictStrategies.Parse(Strategy) is null)
        {
            return (null, $"The strategy must be one of {string.Join(", ", ConflictStrategies.All)}, not \"{Strategy}\".");
        }

        return Projects?.Any(string.IsNullOrWhiteSpace) == true
            ? (null, "The projects must be project keys such as \"WRKA\"; one is empty.")
            : (new SyncRequest { Full = full.Value, Projects = Projects ?? [], Trigger = SyncTriggers.Http, ConflictResolution = Strategy }, null);
    }
}
