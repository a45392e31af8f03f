using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Custom field values of several shapes, absent (null) as often as on a real site.</summary>
internal static class CustomFieldFactory
{
    private static readonly double[] StoryPoints = [1, 2, 3, 5, 8, 13];

    public static Dictionary<string, object> Create(Random random, TicketPlan plan, Status status, IReadOnlyList<JiraUser> users)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var type = plan.Type.Name;
        Maybe(values, 10016, type is "Story" or "Task" or "Bug" && random.Chance(0.6), () => random.Pick(StoryPoints));
        Maybe(values, 10020, type != "Epic" && random.Chance(0.55), () => Sprints(random, plan.Project, status));
        Maybe(values, 10030, type == "Bug" && random.Chance(0.8), () => random.Pick(ReferenceData.Field(10030).Options));
        Maybe(values, 10031, random.Chance(0.35), () => random.Sample(ReferenceData.Field(10031).Options, random.Next(1, 4)).ToArray());
        Maybe(values, 10032, random.Chance(0.3), () => users[2 + random.Next(users.Count - 2)]);
        Maybe(values, 10033, type == "Story" && random.Chance(0.5), () => AcceptanceCriteria(random));
        Maybe(values, 10034, random.Chance(0.15), () => DateOnly.FromDateTime(plan.Created.AddDays(random.Next(14, 120)).UtcDateTime));
        Maybe(values, 10035, type == "Bug" && random.Chance(0.4), () => BuildNumber(random, plan.Created));
        return values;
    }

    private static void Maybe(Dictionary<string, object> values, long number, bool present, Func<object> value)
    {
        if (present)
        {
            values[$"customfield_{number}"] = value();
        }
    }

    private static Sprint[] Sprints(Random random, Project project, Status status)
    {
        var closed = project.Sprints.Where(s => s.State == "closed").ToList();
        var active = project.Sprints.First(s => s.State == "active");
        return status.Category.Key switch
        {
            "done" => random.Chance(0.2) ? [.. random.Sample(closed, 2).OrderBy(s => s.Id)] : [random.Pick(closed)],
            "indeterminate" => random.Chance(0.25) ? [closed[^1], active] : [active],
            _ => [project.Sprints.First(s => s.State == "future")],
        };
    }

    private static AdfDocument AcceptanceCriteria(Random random)
    {
        using var adf = new AdfBuilder();
        adf.BulletList(random.Sample(Vocabulary.StoryGoals, 2).Select(g => "Given a signed-in user, " + g));
        return adf.Build();
    }

    private static string BuildNumber(Random random, DateTimeOffset created) =>
        string.Create(CultureInfo.InvariantCulture, $"{created.Year}.{random.Next(1, 12)}.{random.Next(0, 9)}-rc{random.Next(1, 4)}");
}
