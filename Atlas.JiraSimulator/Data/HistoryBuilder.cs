using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Collects changelog groups for one generated ticket, with ids unique per ticket.</summary>
internal sealed class HistoryBuilder(long ticketId)
{
    private readonly List<ChangeGroup> _groups = [];

    public IEnumerable<ChangeGroup> Groups => _groups.OrderBy(g => g.Created).ThenBy(g => g.Id);

    public DateTimeOffset? LastChange => _groups.Count == 0 ? null : _groups.Max(g => g.Created);

    public void Add(JiraUser author, DateTimeOffset at, params ChangeItem[] items) =>
        _groups.Add(new ChangeGroup(ticketId * 10 + _groups.Count, author, at, items));

    public static ChangeItem StatusChange(Status from, Status to) => new("status", from.Id, from.Name, to.Id, to.Name);

    public static ChangeItem AssigneeChange(JiraUser? from, JiraUser? to) =>
        new("assignee", from?.AccountId, from?.DisplayName, to?.AccountId, to?.DisplayName);

    public static ChangeItem PriorityChange(Priority from, Priority to) => new("priority", from.Id, from.Name, to.Id, to.Name);

    public static ChangeItem ResolutionChange(Resolution? from, Resolution? to) =>
        new("resolution", from?.Id, from?.Name, to?.Id, to?.Name);
}
