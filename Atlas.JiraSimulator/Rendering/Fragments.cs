using System.Collections.Concurrent;
using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Pre-rendered JSON of the objects many tickets share (users, statuses, projects...), by kind and id.</summary>
internal sealed class Fragments(SiteLinks links)
{
    private readonly ConcurrentDictionary<(char Kind, string Id), byte[]> _cache = new();

    public SiteLinks Links => links;

    public byte[] User(JiraUser user) => Get('u', user.AccountId, user, static (w, u, l) => ShapeWriters.User(w, u, l));

    public byte[] Status(Status status) => Get('s', status.Id, status, static (w, s, l) => ShapeWriters.Status(w, s, l));

    public byte[] Priority(Priority priority) => Get('p', priority.Id, priority, static (w, p, l) => ShapeWriters.Priority(w, p, l));

    public byte[] IssueType(IssueType type) => Get('t', type.Id, type, static (w, t, l) => ShapeWriters.IssueType(w, t, l));

    public byte[] Resolution(Resolution resolution) => Get('r', resolution.Id, resolution, static (w, r, l) => ShapeWriters.Resolution(w, r, l));

    public byte[] Project(Project project) => Get('j', project.Id, project, static (w, p, l) => ShapeWriters.ProjectDetails(w, p, l));

    public byte[] Component(Component component) => Get('c', component.Id, component, static (w, c, l) => ShapeWriters.Component(w, c, l));

    public byte[] Version(ProjectVersion version) => Get('v', version.Id, version, static (w, v, l) => ShapeWriters.Version(w, v, l));

    public byte[] Option(SelectOption option) => Get('o', option.Id, option, static (w, o, l) => ShapeWriters.Option(w, o, l));

    public byte[] Sprint(Sprint sprint) => Get('x', sprint.Name, sprint, static (w, s, _) => ShapeWriters.Sprint(w, s));

    /// <summary>A cache hit allocates nothing: the writers are static and the key is a tuple.</summary>
    private byte[] Get<T>(char kind, string id, T item, Action<Utf8JsonWriter, T, SiteLinks> write) =>
        _cache.TryGetValue((kind, id), out var cached) ? cached : _cache.GetOrAdd((kind, id), JsonBytes.Write(w => write(w, item, links)));
}
