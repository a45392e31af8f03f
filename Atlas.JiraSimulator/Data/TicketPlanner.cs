using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Decides ids, keys, types, parents and creation times: ids ascend with creation, keys per project.</summary>
internal static class TicketPlanner
{
    public const long FirstId = 10001;
    private static readonly TimeSpan History = TimeSpan.FromDays(730);

    public static TicketPlan[] Plan(int count, int seed, IReadOnlyList<Project> projects, DateTimeOffset now)
    {
        var random = SeedMix.Random(seed, 3, 0);
        var created = CreationTimes(count, random, now);
        var state = projects.Select(_ => new ProjectState()).ToArray();
        var plans = new TicketPlan[count];
        for (var i = 0; i < count; i++)
        {
            var p = PickProject(random, projects.Count);
            plans[i] = PlanOne(FirstId + i, projects[p], state[p], random, created[i]);
        }

        return plans;
    }

    private static TicketPlan PlanOne(long id, Project project, ProjectState state, Random random, DateTimeOffset created)
    {
        var type = ReferenceData.IssueTypes[random.Weighted(4, 30, 25, 28, 13)];
        long? parent = null;
        if (type.Subtask)
        {
            parent = state.Standard.Count > 0 ? Recent(random, state.Standard, 200) : null;
            type = parent is null ? ReferenceData.IssueTypes[2] : type;
        }
        else if (type.HierarchyLevel == 0 && state.Epics.Count > 0 && random.Chance(0.4))
        {
            parent = Recent(random, state.Epics, 20);
        }

        (type.HierarchyLevel switch { 1 => state.Epics, 0 => state.Standard, _ => null })?.Add(id);
        return new TicketPlan(id, project, ++state.LastNumber, type, parent, created);
    }

    private static DateTimeOffset[] CreationTimes(int count, Random random, DateTimeOffset now)
    {
        var start = now - History;
        var span = (long)(History - TimeSpan.FromHours(1)).TotalMilliseconds;
        var offsets = new long[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = random.NextInt64(span);
        }

        Array.Sort(offsets);
        return [.. offsets.Select(ms => start.AddMilliseconds(ms))];
    }

    /// <summary>Earlier projects get more tickets, as on real sites.</summary>
    private static int PickProject(Random random, int count)
    {
        var weights = Enumerable.Range(0, count).Select(i => count - i + 1).ToArray();
        return random.Weighted(weights);
    }

    private static long Recent(Random random, List<long> ids, int window) =>
        ids[Math.Max(0, ids.Count - window) + random.Next(Math.Min(window, ids.Count))];

    private sealed class ProjectState
    {
        public int LastNumber { get; set; }
        public List<long> Epics { get; } = [];
        public List<long> Standard { get; } = [];
    }
}
