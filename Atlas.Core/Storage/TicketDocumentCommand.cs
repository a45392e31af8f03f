using Atlas.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// Writes a ticket's big JSON documents (the issue JSON and the ADF description) into <c>jira_ticket_documents</c>,
/// beside the row, so that the row itself stays small for searches (migration 003).
/// </summary>
internal sealed class TicketDocumentCommand : IAsyncDisposable
{
    private const string Sql = """
        INSERT INTO jira_ticket_documents (ticket_id, raw_json, description_adf) VALUES ($id, $raw_json, $description_adf)
        ON CONFLICT (ticket_id) DO UPDATE SET raw_json = excluded.raw_json, description_adf = excluded.description_adf
        """;

    private readonly SqliteCommand _command;
    private readonly SqliteParameter _id;
    private readonly SqliteParameter _rawJson;
    private readonly SqliteParameter _descriptionAdf;

    public TicketDocumentCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.Command(Sql, transaction);
        _id = _command.Slot("$id", SqliteType.Integer);
        _rawJson = _command.Slot("$raw_json", SqliteType.Text);
        _descriptionAdf = _command.Slot("$description_adf", SqliteType.Text);
    }

    public async Task ExecuteAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        _id.Set(ticket.Id);
        _rawJson.Set(ticket.RawJson);
        _descriptionAdf.Set(ticket.DescriptionAdf);
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
