using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Fills a <see cref="TicketPlan"/> with realistic content, history and timestamps.</summary>
internal static class TicketFactory
{
    public static TicketVersion Create(TicketPlan plan, int seed, JiraCatalog catalog, DateTimeOffset now)
    {
        var random = SeedMix.Random(seed, 4, plan.Id);
        var age = (now - plan.Created).TotalDays / 730.0;
        var status = StatusPlan.PickFinal(random, age);
        var people = People.Pick(random, catalog, status);
        var times = Timeline.Pick(random, plan.Created, now, status);
        var history = new HistoryBuilder(plan.Id);
        var priority = ReferenceData.Priorities[random.Weighted(5, 20, 50, 18, 7)];
        var resolution = status.Category.IsDone ? ReferenceData.Resolutions[random.Weighted(80, 8, 7, 5)] : null;
        var path = StatusPlan.PathTo(random, status);
        HistoryWriter.Write(random, history, plan.Created, times.StatusChanged, path, resolution, catalog.Users);
        HistoryWriter.WriteSideChanges(random, history, plan.Created, times.StatusChanged, people.Assignee, priority, catalog.Users);
        var summary = SummaryFactory.Create(random, plan.Type);
        return new TicketVersion
        {
            Id = plan.Id,
            Project = plan.Project,
            Number = plan.Number,
            Summary = summary,
            Description = DescriptionFactory.Create(random, summary, catalog.Users),
            Environment = Environment(random, plan.Type),
            Type = plan.Type,
            Status = status,
            Priority = priority,
            Resolution = resolution,
            ResolutionDate = resolution is null ? null : times.StatusChanged,
            Created = plan.Created,
            Updated = Max(times.Updated, history.LastChange),
            StatusCategoryChangeDate = path.Count > 1 ? times.StatusChanged : plan.Created,
            DueDate = random.Chance(0.3) ? DateOnly.FromDateTime(plan.Created.AddDays(random.Next(7, 60)).UtcDateTime) : null,
            Assignee = people.Assignee,
            Reporter = people.Reporter,
            Creator = people.Creator,
            Labels = [.. random.Sample(Vocabulary.Labels, random.Weighted(40, 30, 20, 10))],
            Components = [.. random.Sample(plan.Project.Components, random.Weighted(30, 50, 20))],
            FixVersions = [.. FixVersions(random, plan.Project, status)],
            ParentId = plan.ParentId,
            CustomValues = CustomFieldFactory.Create(random, plan, status, catalog.Users),
            History = [.. history.Groups],
        };
    }

    private static AdfDocument? Environment(Random random, IssueType type) =>
        random.Chance(type.Name == "Bug" ? 0.5 : 0.05) ? AdfBuilder.FromPlainText(random.Pick(Vocabulary.Environments)) : null;

    private static ProjectVersion[] FixVersions(Random random, Project project, Status status)
    {
        var candidates = project.Versions.Where(v => v.Released == status.Category.IsDone).ToList();
        return random.Chance(0.45) && candidates.Count > 0 ? [random.Pick(candidates)] : [];
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset? b) => b is { } value && value > a ? value : a;
}
