using System.Collections.Concurrent;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Pre-rendered JSON of the objects many tickets share (users, statuses, projects...), by kind and id.</summary>
internal sealed class Fragments(SiteLinks links)
{
    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);

    public SiteLinks Links => links;

    public byte[] User(JiraUser user) => Get("u:" + user.AccountId, w => ShapeWriters.User(w, user, links));

    public byte[] Status(Status status) => Get("s:" + status.Id, w => ShapeWriters.Status(w, status, links));

    public byte[] Priority(Priority priority) => Get("p:" + priority.Id, w => ShapeWriters.Priority(w, priority, links));

    public byte[] IssueType(IssueType type) => Get("t:" + type.Id, w => ShapeWriters.IssueType(w, type, links));

    public byte[] Resolution(Resolution resolution) => Get("r:" + resolution.Id, w => ShapeWriters.Resolution(w, resolution, links));

    public byte[] Project(Project project) => Get("j:" + project.Id, w => ShapeWriters.ProjectDetails(w, project, links));

    public byte[] Component(Component component) => Get("c:" + component.Id, w => ShapeWriters.Component(w, component, links));

    public byte[] Version(ProjectVersion version) => Get("v:" + version.Id, w => ShapeWriters.Version(w, version, links));

    public byte[] Option(SelectOption option) => Get("o:" + option.Id, w => ShapeWriters.Option(w, option, links));

    public byte[] Sprint(Sprint sprint) => Get("x:" + sprint.Id, w => ShapeWriters.Sprint(w, sprint));

    private byte[] Get(string key, Action<System.Text.Json.Utf8JsonWriter> write) =>
        _cache.GetOrAdd(key, static (_, w) => JsonBytes.Write(w), write);
}
