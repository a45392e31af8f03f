namespace Atlas.Core.Sync;

public sealed partial class SyncEngine
{
    private async Task<SyncPlan> PlanAsync(IReadOnlyList<string> projects, bool full, CancellationToken cancellationToken)
    {
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

        return new SyncPlan(projects, fullProjects, watermarks);
    }
}
