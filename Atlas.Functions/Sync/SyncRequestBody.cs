using System.Text.Json;
using System.Text.Json.Serialization;
using Atlas.Core;
using Atlas.Core.Conflicts;
using Atlas.Core.Sync;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Sync;

/// <summary>
/// The body of <c>POST sync</c>: <c>{"mode": "full" | "incremental", "projects": ["WRKA"], "strategy": "MANUAL"}</c>,
/// every part optional; <c>strategy</c> settles this sync's conflicts instead of <c>Atlas:Sync:ConflictResolution</c>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record SyncRequestBody
{
    private const int MaxBytes = 64 * 1024;

    public string? Mode { get; init; }

    public IReadOnlyList<string>? Projects { get; init; }

    public string? Strategy { get; init; }

    /// <summary>The sync the body asks for, or why the body is not acceptable. An empty body asks for an incremental sync of every project.</summary>
    public static async Task<(SyncRequest? Request, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, $"The body is larger than {MaxBytes / 1024} KB.");
        }

        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (new SyncRequest { Trigger = SyncTriggers.Http }, null);
        }

        try
        {
            var body = JsonSerializer.Deserialize<SyncRequestBody>(buffer.ToArray(), AtlasJson.Options);
            return body is null ? (null, "The body must be a JSON object such as {\"mode\": \"full\"}.") : body.ToRequest();
        }
        catch (JsonException invalid)
        {
            return (null, $"The body is not valid JSON for a sync request: {invalid.Message}");
        }
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
