using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Generates projects with components, fix versions and sprints around "now".</summary>
internal static class ProjectFactory
{
    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.Ordinal)
    {
        ["WRKA"] = "Work Assistant",
        ["WMB"] = "Web Mobile Banking",
        ["QA"] = "Quality Assurance",
        ["PAY"] = "Payments Platform",
        ["MOB"] = "Mobile App",
    };

    private static readonly string[] VersionNames = ["1.0", "1.1", "1.2", "2.0", "2.1", "2.2", "3.0", "3.1"];

    public static IReadOnlyList<Project> Create(SimulatorOptions options, IReadOnlyList<JiraUser> users, DateTimeOffset now)
    {
        var random = SeedMix.Random(options.Seed, 2, 0);
        var projects = new List<Project>();
        for (var i = 0; i < options.Projects.Count; i++)
        {
            projects.Add(CreateProject(options.Projects[i], i, random, users, now));
        }

        return projects;
    }

    private static Project CreateProject(string key, int index, Random random, IReadOnlyList<JiraUser> users, DateTimeOffset now)
    {
        var id = (10000 + index).ToString(CultureInfo.InvariantCulture);
        var name = KnownNames.TryGetValue(key, out var known) ? known : $"Project {key}";
        var lead = users[2 + random.Next(users.Count - 2)];
        return new Project(id, key, name, lead, Components(index, random), Versions(id, index, now), Sprints(key, index, now, random));
    }

    private static List<Component> Components(int projectIndex, Random random)
    {
        var names = random.Sample(Vocabulary.ComponentNames, 4 + random.Next(3));
        return [.. names.Select((n, i) => new Component(Id(10000 + projectIndex * 20 + i), n, $"Everything about {n.ToLowerInvariant()}."))];
    }

    private static List<ProjectVersion> Versions(string projectId, int projectIndex, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. VersionNames.Select((name, i) =>
        {
            var release = today.AddDays((i - 5) * 60);
            return new ProjectVersion(Id(10100 + projectIndex * 20 + i), name, projectId, i < 5, i < 2, release);
        })];
    }

    private static List<Sprint> Sprints(string key, int projectIndex, DateTimeOffset now, Random random)
    {
        var sprints = new List<Sprint>();
        var boardId = projectIndex + 1;
        var activeStart = now.AddDays(-random.Next(1, 13)).AddHours(-random.Next(24));
        for (var n = 1; n <= 13; n++)
        {
            var start = activeStart.AddDays((n - 11) * 14);
            var end = start.AddDays(14);
            var state = n < 11 ? "closed" : n == 11 ? "active" : "future";
            sprints.Add(new Sprint(projectIndex * 100 + n, $"{key} Sprint {n}", state, boardId,
                n % 3 == 0 ? "Stabilise the release" : "",
                state == "future" ? null : start, state == "future" ? null : end, state == "closed" ? end : null));
        }

        return sprints;
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
