using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>The statuses a generated ticket went through, ending in its current one.</summary>
internal static class StatusPlan
{
    public static Status PickFinal(Random random, double age)
    {
        var statuses = ReferenceData.Statuses;
        if (random.Chance(0.15 + 0.7 * age))
        {
            return random.Chance(0.85) ? statuses[4] : statuses[5];
        }

        return random.Chance(0.55) ? statuses[0] : statuses[1 + random.Weighted(50, 30, 20)];
    }

    public static List<Status> PathTo(Random random, Status final)
    {
        var s = ReferenceData.Statuses;
        return final.Name switch
        {
            "To Do" => random.Chance(0.1) ? [s[0], s[1], s[0]] : [s[0]],
            "In Progress" => [s[0], s[1]],
            "In Review" => [s[0], s[1], s[2]],
            "Blocked" => [s[0], s[1], s[3]],
            "Done" => random.Chance(0.6) ? [s[0], s[1], s[2], s[4]] : [s[0], s[1], s[4]],
            _ => random.Chance(0.5) ? [s[0], s[1], s[5]] : [s[0], s[5]],
        };
    }
}
