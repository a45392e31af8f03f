using System.Buffers;
using System.Text;
using Atlas.JiraSimulator.Api;
using Atlas.JiraSimulator.Control;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator;

public sealed partial class SimulatorControl
{
    /// <summary>Edits a ticket; returns its (current) key.</summary>
    public string UpdateTicket(string idOrKey, TicketUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var now = Now;
        return Commit(idOrKey, now, t => new TicketEditor(_site, now).Apply(t, update)).Key;
    }

    /// <summary>Adds a ticket (created and updated now); returns its key.</summary>
    public string AddTicket(NewTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = Now;
        var project = _site.Catalog.FindProject(ticket.Project) ?? throw new ArgumentException($"Unknown project '{ticket.Project}'.");
        var type = _site.Catalog.FindIssueType(ticket.IssueType) ?? throw new ArgumentException($"Unknown issue type '{ticket.IssueType}'.");
        var me = _site.Catalog.Me;
        var added = _site.Store.Add(project, now, (id, number) => new TicketEditor(_site, now).Apply(new TicketVersion
        {
            Id = id,
            Project = project,
            Number = number,
            Summary = ticket.Summary,
            Type = type,
            Status = _site.Catalog.Statuses[0],
            Priority = _site.Catalog.Priorities[2],
            Created = now,
            Updated = now,
            StatusCategoryChangeDate = now,
            Reporter = me,
            Creator = me,
        }, ticket.Fields ?? new TicketUpdate()));
        return added.Key;
    }

    /// <summary>Deletes a ticket and its sub-tasks, as Jira does.</summary>
    public void DeleteTicket(string idOrKey)
    {
        var now = Now;
        var deleted = Commit(idOrKey, now, t => t with { IsDeleted = true });
        foreach (var child in _site.Store.All.Where(r => r.Current is { Type.Subtask: true } c && c.ParentId == deleted.Id).ToList())
        {
            _site.Store.Edit(Id(child.Id), now, t => t with { IsDeleted = true });
        }
    }

    /// <summary>Moves a ticket to another project: new key, same id; the old key still finds it.</summary>
    public string MoveTicket(string idOrKey, string projectKey)
    {
        var target = _site.Catalog.FindProject(projectKey) ?? throw new ArgumentException($"Unknown project '{projectKey}'.");
        var now = Now;
        return Commit(idOrKey, now, t => TicketMover.Move(t, target, _site, now)).Key;
    }

    /// <summary>The API user loses permission to browse the ticket: 404 on GET, absent from search and bulkfetch.</summary>
    public void HideTicket(string idOrKey) => SetHidden(idOrKey, true);

    public void UnhideTicket(string idOrKey) => SetHidden(idOrKey, false);

    /// <summary>Makes the ticket's JSON malformed (without changing `updated`).</summary>
    public void CorruptTicket(string idOrKey, TicketCorruption corruption) => Commit(idOrKey, Now, t => t with { Corruption = corruption });

    /// <summary>The ticket's current JSON as GET issue returns it with all fields, or null when it does not exist.</summary>
    public string? GetTicketJson(string idOrKey)
    {
        if (_site.Store.Find(idOrKey)?.Current is not { } ticket)
        {
            return null;
        }

        var output = new ArrayBufferWriter<byte>();
        IssueJsonWriter.Write(output, _site.Renderer.Render(ticket), FieldSelection.Parse([], "*all"), IssueEndpoint.Expand);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Current (not deleted) tickets by ascending id, hidden ones included and marked.</summary>
    public IReadOnlyList<TicketInfo> Tickets() =>
        [.. _site.Store.All.Where(r => r.Current is not null).OrderBy(r => r.Id).Select(r => Info(r.Current!, r.Hidden))];

    public TicketInfo? Ticket(string idOrKey) =>
        _site.Store.Find(idOrKey) is { Current: { } current } record ? Info(current, record.Hidden) : null;

    private static TicketInfo Info(TicketVersion t, bool hidden) =>
        new(Id(t.Id), t.Key, t.Project.Key, t.Summary, t.Status.Name, t.Updated, hidden);

    private TicketVersion Commit(string idOrKey, DateTimeOffset now, Func<TicketVersion, TicketVersion> edit) =>
        _site.Store.Edit(idOrKey, now, edit) ?? throw new KeyNotFoundException($"Ticket '{idOrKey}' does not exist.");

    private void SetHidden(string idOrKey, bool hidden)
    {
        var record = _site.Store.Find(idOrKey);
        if (record?.Current is null)
        {
            throw new KeyNotFoundException($"Ticket '{idOrKey}' does not exist.");
        }

        record.Hidden = hidden;
        _site.Store.Touch();
    }
}
