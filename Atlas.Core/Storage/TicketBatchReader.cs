using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>
/// Loads whole tickets for a list of ids in one command (rows, multi-valued fields, local notes, fields and overrides), in the
/// order asked. The offline JQL search selects ids and hands them here.
/// </summary>
internal static class TicketBatchReader
{
    private const string IdsParameter = "(SELECT value FROM json_each($ids))";

    private const string Sql = $"""
        SELECT {TicketRowReader.Columns} FROM {TicketRowReader.From} WHERE t.id IN {IdsParameter};
        SELECT ticket_id, value FROM jira_ticket_labels WHERE ticket_id IN {IdsParameter} ORDER BY ticket_id, position;
        SELECT ticket_id, value FROM jira_ticket_components WHERE ticket_id IN {IdsParameter} ORDER BY ticket_id, position;
        SELECT ticket_id, value FROM jira_ticket_fix_versions WHERE ticket_id IN {IdsParameter} ORDER BY ticket_id, position;
        SELECT {LocalData.NoteColumns} FROM local_notes WHERE ticket_id IN {IdsParameter} ORDER BY ticket_id, id;
        SELECT {LocalData.FieldColumns} FROM local_fields WHERE ticket_id IN {IdsParameter} ORDER BY ticket_id, name;
        SELECT {LocalData.OverrideColumns} FROM local_overrides AS o WHERE o.ticket_id IN {IdsParameter} ORDER BY o.ticket_id, o.field;
        """;

    public static async Task<IReadOnlyList<StoredTicket>> ReadAsync(SqliteConnection connection, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(Sql).With("$ids", StorageJson.Array(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = await ReadRowsAsync(reader, cancellationToken);
        var labels = await ReadValuesAsync(reader, cancellationToken);
        var components = await ReadValuesAsync(reader, cancellationToken);
        var fixVersions = await ReadValuesAsync(reader, cancellationToken);
        var notes = await ReadGroupedAsync(reader, LocalData.ReadNote, note => note.TicketId, cancellationToken);
        var fields = await ReadGroupedAsync(reader, LocalData.ReadField, field => field.TicketId, cancellationToken);
        var overrides = await ReadGroupedAsync(reader, LocalData.ReadOverride, o => o.TicketId, cancellationToken);
        return ids.Where(tickets.ContainsKey).Select(id => tickets[id] with
        {
            Ticket = tickets[id].Ticket with { Labels = labels.Of(id), Components = components.Of(id), FixVersions = fixVersions.Of(id) },
            Notes = notes.Of(id),
            LocalFields = fields.Of(id),
            Overrides = overrides.Of(id),
        }).ToList();
    }

    private static async Task<Dictionary<long, StoredTicket>> ReadRowsAsync(SqliteDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<long, StoredTicket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = TicketRowReader.Read(reader);
            rows[row.Ticket.Id] = row;
        }

        return rows;
    }

    private static async Task<Dictionary<long, List<string>>> ReadValuesAsync(SqliteDataReader reader, CancellationToken cancellationToken)
    {
        var pairs = await ReadGroupedAsync(reader, row => (TicketId: row.GetInt64(0), Value: row.GetString(1)), pair => pair.TicketId, cancellationToken);
        return pairs.ToDictionary(group => group.Key, group => group.Value.ConvertAll(pair => pair.Value));
    }

    private static async Task<Dictionary<long, List<T>>> ReadGroupedAsync<T>(
        SqliteDataReader reader, Func<SqliteDataReader, T> read, Func<T, long> ticketId, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var groups = new Dictionary<long, List<T>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var item = read(reader);
            var id = ticketId(item);
            if (!groups.TryGetValue(id, out var group))
            {
                groups[id] = group = [];
            }

            group.Add(item);
        }

        return groups;
    }

    private static List<T> Of<T>(this Dictionary<long, List<T>> groups, long id) =>
        groups.TryGetValue(id, out var group) ? group : [];
}
