using Atlas.Core.Conflicts;

namespace Atlas.Core.Sync;

public sealed partial class SyncEngine
{
    private async Task<SyncPlan> PlanAsync(IReadOnlyList<string> projects, SyncRequest request, CancellationToken cancellationToken)
    {
        var strategy = request.ConflictResolution is { } asked ? ConflictStrategies.ParseOrThrow(asked) : null;
        var conflicts = ConflictPolicy.From(Settings, strategy);
        var full = request.Full;
        var fullProjects = new List<string>();
        var watermarks = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var state = await _store.GetProjectStateAsync(project, cancellationToken);
            var resumable = state?.Checkpoint?.Mode == SyncMode.Full;
            if (full || resumable || state?.Watermark is null)
            {
                fullProjects.Add(project);
            }
            else
            {
                watermarks[project] = state.Watermark.Value;
            }
        }

        return new SyncPlan(projects, fullProjects, watermarks) { Conflicts = conflicts };
    }
}
