using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Writes a generated ticket's changelog: its status path, resolution, assignment and priority changes.</summary>
internal static class HistoryWriter
{
    public static void Write(Random random, HistoryBuilder history, DateTimeOffset created, DateTimeOffset lastChange,
        List<Status> path, Resolution? resolution, IReadOnlyList<JiraUser> users)
    {
        var step = (lastChange - created) / Math.Max(1, path.Count - 1);
        for (var i = 1; i < path.Count; i++)
        {
            var at = i == path.Count - 1 ? lastChange : Timeline.Floor(created + step * i);
            var change = HistoryBuilder.StatusChange(path[i - 1], path[i]);
            var author = users[2 + random.Next(users.Count - 2)];
            if (i == path.Count - 1 && resolution is not null)
            {
                history.Add(author, at, change, HistoryBuilder.ResolutionChange(null, resolution));
            }
            else
            {
                history.Add(author, at, change);
            }
        }
    }

    public static void WriteSideChanges(Random random, HistoryBuilder history, DateTimeOffset created,
        DateTimeOffset lastChange, JiraUser? assignee, Priority priority, IReadOnlyList<JiraUser> users)
    {
        var early = Timeline.Floor(created + (lastChange - created) * 0.1);
        if (assignee is not null && random.Chance(0.6))
        {
            history.Add(users[2 + random.Next(users.Count - 2)], early, HistoryBuilder.AssigneeChange(null, assignee));
        }

        if (priority.Name != "Medium" && random.Chance(0.15))
        {
            history.Add(users[2 + random.Next(users.Count - 2)], early, HistoryBuilder.PriorityChange(ReferenceData.Priorities[2], priority));
        }
    }
}
