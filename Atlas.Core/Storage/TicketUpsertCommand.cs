using Atlas.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// Inserts or rewrites one ticket row and its documents: prepared statements whose parameters are refilled per ticket. A rewrite keeps
/// <c>first_synced_at</c> and clears any tombstone (the ticket is visible again).
/// </summary>
internal sealed class TicketUpsertCommand : IAsyncDisposable
{
    private const string Sql = """
        INSERT INTO jira_tickets (
            id, key, project, key_number, summary, description, status, status_category, priority,
            issue_type, assignee_account_id, assignee_name, reporter_account_id, reporter_name,
            created, created_text, updated, updated_text, resolution, resolution_date, resolution_date_text, due_date,
            parent_key, environment, content_hash, first_synced_at, synced_at, last_seen_run_id)
        VALUES (
            $id, $key, $project, $key_number, $summary, $description, $status, $status_category, $priority,
            $issue_type, $assignee_account_id, $assignee_name, $reporter_account_id, $reporter_name,
            $created, $created_text, $updated, $updated_text, $resolution, $resolution_date, $resolution_date_text, $due_date,
            $parent_key, $environment, $content_hash, $now, $now, $run_id)
        ON CONFLICT (id) DO UPDATE SET
            key = excluded.key, project = excluded.project, key_number = excluded.key_number, summary = excluded.summary,
            description = excluded.description, status = excluded.status,
            status_category = excluded.status_category, priority = excluded.priority, issue_type = excluded.issue_type,
            assignee_account_id = excluded.assignee_account_id, assignee_name = excluded.assignee_name,
            reporter_account_id = excluded.reporter_account_id, reporter_name = excluded.reporter_name,
            created = excluded.created, created_text = excluded.created_text, updated = excluded.updated,
            updated_text = excluded.updated_text, resolution = excluded.resolution, resolution_date = excluded.resolution_date,
            resolution_date_text = excluded.resolution_date_text, due_date = excluded.due_date,
            parent_key = excluded.parent_key, environment = excluded.environment,
            content_hash = excluded.content_hash, synced_at = excluded.synced_at, last_seen_run_id = excluded.last_seen_run_id,
            deleted_at = NULL, deleted_reason = NULL
        """;

    private readonly SqliteCommand _command;
    private readonly TicketDocumentCommand _documents;
    private readonly Dictionary<string, SqliteParameter> _slots;

    public TicketUpsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.Command(Sql, transaction);
        _documents = new TicketDocumentCommand(connection, transaction);
        _slots = SlotNames().ToDictionary(name => name, name => _command.Slot("$" + name, SlotType(name)));
    }

    public async Task ExecuteAsync(Ticket ticket, string contentHash, long runId, long nowMs, CancellationToken cancellationToken)
    {
        Bind(ticket, contentHash, runId, nowMs);
        await _command.ExecuteNonQueryAsync(cancellationToken);
        await _documents.ExecuteAsync(ticket, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _command.DisposeAsync();
        await _documents.DisposeAsync();
    }

    /// <summary>The number in <c>PROJ-123</c>, for ordering keys numerically.</summary>
    public static long KeyNumber(Ticket ticket)
    {
        var dash = ticket.Key.LastIndexOf('-');
        return dash > 0 && long.TryParse(ticket.Key.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"Ticket {ticket.Id} has key '{ticket.Key}', which is not PROJECT-NUMBER.", nameof(ticket));
    }

    private void Bind(Ticket ticket, string contentHash, long runId, long nowMs)
    {
        Set("id", ticket.Id);
        Set("key", ticket.Key);
        Set("project", ticket.Project);
        Set("key_number", KeyNumber(ticket));
        Set("summary", ticket.Summary);
        Set("description", ticket.Description);
        Set("status", ticket.Status);
        Set("status_category", ticket.StatusCategory);
        Set("priority", ticket.Priority);
        Set("issue_type", ticket.IssueType);
        Set("assignee_account_id", ticket.Assignee?.AccountId);
        Set("assignee_name", ticket.Assignee?.DisplayName);
        Set("reporter_account_id", ticket.Reporter?.AccountId);
        Set("reporter_name", ticket.Reporter?.DisplayName);
        Set("created", StoreTime.ToMs(ticket.Created));
        Set("created_text", StoreTime.ToText(ticket.Created));
        Set("updated", StoreTime.ToMs(ticket.Updated));
        Set("updated_text", StoreTime.ToText(ticket.Updated));
        Set("resolution", ticket.Resolution);
        Set("resolution_date", StoreTime.ToMs(ticket.ResolutionDate));
        Set("resolution_date_text", StoreTime.ToText(ticket.ResolutionDate));
        Set("due_date", StoreTime.ToText(ticket.DueDate));
        Set("parent_key", ticket.ParentKey);
        Set("environment", ticket.Environment);
        Set("content_hash", contentHash);
        Set("now", nowMs);
        Set("run_id", runId);
    }

    private void Set(string name, object? value) => _slots[name].Set(value);

    private static IEnumerable<string> SlotNames() =>
    [
        "id", "key", "project", "key_number", "summary", "description", "status", "status_category",
        "priority", "issue_type", "assignee_account_id", "assignee_name", "reporter_account_id", "reporter_name",
        "created", "created_text", "updated", "updated_text", "resolution", "resolution_date", "resolution_date_text",
        "due_date", "parent_key", "environment", "content_hash", "now", "run_id",
    ];

    private static SqliteType SlotType(string name) =>
        name is "id" or "key_number" or "created" or "updated" or "resolution_date" or "now" or "run_id"
            ? SqliteType.Integer
            : SqliteType.Text;
}
