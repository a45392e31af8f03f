using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Who is assigned to, reported and created a generated ticket.</summary>
internal readonly record struct People(JiraUser? Assignee, JiraUser Reporter, JiraUser Creator)
{
    /// <summary>Users 0 and 1 are the API user and the automation app; humans start at 2.</summary>
    public static People Pick(Random random, JiraCatalog catalog, Status status)
    {
        var users = catalog.Users;
        var unassigned = random.Chance(status.Category.Key == "new" ? 0.35 : 0.08);
        var assignee = unassigned ? null : random.Chance(0.08) ? catalog.Me : Human(random, users);
        var reporter = random.Chance(0.1) ? catalog.Me : Human(random, users);
        var creator = random.Chance(0.05) ? users[1] : reporter;
        return new People(assignee, reporter, creator);
    }

    private static JiraUser Human(Random random, IReadOnlyList<JiraUser> users) => users[2 + random.Next(users.Count - 2)];
}
