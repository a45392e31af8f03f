using Atlas.JiraSimulator.Data;

namespace Atlas.JiraSimulator.Model;

/// <summary>What one simulated site knows besides its tickets: reference data, projects and users.</summary>
internal sealed class JiraCatalog(IReadOnlyList<Project> projects, IReadOnlyList<JiraUser> users, JiraUser me)
{
    public IReadOnlyList<Project> Projects { get; } = projects;
    public IReadOnlyList<JiraUser> Users { get; } = users;
    public JiraUser Me { get; } = me;

    public IReadOnlyList<Status> Statuses { get; } = ReferenceData.Statuses;
    public IReadOnlyList<Priority> Priorities { get; } = ReferenceData.Priorities;
    public IReadOnlyList<IssueType> IssueTypes { get; } = ReferenceData.IssueTypes;
    public IReadOnlyList<Resolution> Resolutions { get; } = ReferenceData.Resolutions;
    public IReadOnlyList<CustomFieldDefinition> CustomFields { get; } = ReferenceData.CustomFields;

    public Project? FindProject(string value) =>
        Projects.FirstOrDefault(p => Same(p.Key, value) || Same(p.Name, value) || p.Id == value);

    public Status? FindStatus(string value) => Statuses.FirstOrDefault(s => Same(s.Name, value) || s.Id == value);

    public Priority? FindPriority(string value) => Priorities.FirstOrDefault(p => Same(p.Name, value) || p.Id == value);

    public IssueType? FindIssueType(string value) => IssueTypes.FirstOrDefault(t => Same(t.Name, value) || t.Id == value);

    public Resolution? FindResolution(string value) => Resolutions.FirstOrDefault(r => Same(r.Name, value) || r.Id == value);

    /// <summary>Users matching a JQL user value: account id, display name or email (case-insensitive).</summary>
    public IEnumerable<JiraUser> MatchUsers(string value) =>
        Users.Where(u => u.AccountId == value || Same(u.DisplayName, value) || Same(u.EmailAddress, value));

    public Sprint? FindSprint(string value) =>
        Projects.SelectMany(p => p.Sprints).FirstOrDefault(s => Same(s.Name, value) || s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == value);

    public CustomFieldDefinition? FindCustomField(string idOrName) =>
        CustomFields.FirstOrDefault(f => Same(f.Id, idOrName) || Same(f.Name, idOrName));

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
