using Atlas.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>Maps <c>jira_tickets</c> rows (with their documents) back to <see cref="StoredTicket"/>; <see cref="Columns"/> fixes the ordinals.</summary>
internal static class TicketRowReader
{
    public const string Columns = """
        t.id, t.key, t.project, t.summary, t.description, d.description_adf, t.status, t.status_category, t.priority,
        t.issue_type, t.assignee_account_id, t.assignee_name, t.reporter_account_id, t.reporter_name, t.created_text,
        t.updated_text, t.resolution, t.resolution_date_text, t.due_date, t.parent_key, t.environment, d.raw_json,
        t.content_hash, t.first_synced_at, t.synced_at, t.last_seen_run_id, t.deleted_at, t.deleted_reason
        """;

    /// <summary>The tables <see cref="Columns"/> reads: a ticket row (<c>t</c>) and its documents (<c>d</c>).</summary>
    public const string From = "jira_tickets AS t JOIN jira_ticket_documents AS d ON d.ticket_id = t.id";

    public static StoredTicket Read(SqliteDataReader row) => new(
        ReadTicket(row),
        FirstSyncedAt: row.Instant(23),
        SyncedAt: row.Instant(24),
        LastSeenRunId: row.Int64OrNull(25),
        DeletedAt: row.InstantOrNull(26),
        DeletedReason: row.StringOrNull(27));

    private static Ticket ReadTicket(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Key = row.GetString(1),
        Project = row.GetString(2),
        Summary = row.GetString(3),
        Description = row.StringOrNull(4),
        DescriptionAdf = row.StringOrNull(5),
        Status = row.GetString(6),
        StatusCategory = row.GetString(7),
        Priority = row.StringOrNull(8),
        IssueType = row.GetString(9),
        Assignee = User(row, 10),
        Reporter = User(row, 12),
        Created = StoreTime.FromText(row.GetString(14)),
        Updated = StoreTime.FromText(row.GetString(15)),
        Resolution = row.StringOrNull(16),
        ResolutionDate = row.StringOrNull(17) is { } resolved ? StoreTime.FromText(resolved) : null,
        DueDate = StoreTime.DateFromText(row.StringOrNull(18)),
        ParentKey = row.StringOrNull(19),
        Environment = row.StringOrNull(20),
        RawJson = row.GetString(21),
        ContentHash = row.GetString(22),
    };

    // A user is stored as two columns; Jira always sends both, so an account id alone still makes a user.
    private static TicketUser? User(SqliteDataReader row, int accountIdOrdinal) =>
        row.StringOrNull(accountIdOrdinal) is { } accountId
            ? new TicketUser(accountId, row.StringOrNull(accountIdOrdinal + 1) ?? "")
            : null;
}
