using Atlas.Core.Jql.Sql;
using Atlas.Core.Search;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Conflicts;

/// <summary>
/// Decides whether a ticket is critical inside a page write: a critical priority, or a match of
/// <see cref="ConflictPolicy.CriticalJql"/> run offline against the row just written. The JQL is translated on first
/// need only, since it is asked only about tickets with a conflict under MANUAL.
/// </summary>
internal sealed class CriticalTickets(SqliteConnection connection, SqliteTransaction transaction, ConflictPolicy policy, DateTimeOffset now)
{
    private JqlSqlTranslation? _translation;

    public async Task<bool> IsCriticalAsync(Ticket ticket, CancellationToken cancellationToken) =>
        policy.IsCriticalPriority(ticket.Priority)
        || (policy.CriticalJql is not null && await MatchesJqlAsync(ticket.Id, cancellationToken));

    private async Task<bool> MatchesJqlAsync(long id, CancellationToken cancellationToken)
    {
        var translation = _translation ??= await TranslateAsync(cancellationToken);
        if (!translation.CanRun)
        {
            return false;
        }

        await using var command = connection.Command($"SELECT EXISTS (SELECT 1 FROM ({translation.Sql}) AS matched WHERE matched.id = $atlas_ticket_id)", transaction)
            .With("$atlas_ticket_id", id);
        foreach (var (name, value) in translation.Parameters)
        {
            command.With(name, value);
        }

        return await command.ScalarInt64Async(cancellationToken) == 1;
    }

    private async Task<JqlSqlTranslation> TranslateAsync(CancellationToken cancellationToken)
    {
        var parsed = Jql.Jql.Parse(policy.CriticalJql);
        if (parsed.Query is null)
        {
            return new JqlSqlTranslation("", [], parsed.Errors, [], UsesTermTable: false, UsesPriorityOrder: false);
        }

        var profile = await OfflineProfile.ReadAsync(connection, cancellationToken, transaction);
        var context = profile?.Context(now) ?? JqlSqlContext.ForChecking(now);
        var translation = JqlSqlTranslator.Translate(parsed.Query, context, int.MaxValue);
        JqlSqlCollation.Register(connection);
        if (translation.UsesTermTable)
        {
            await using var create = connection.Command(JqlSqlTranslator.CreateTermTable, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return translation;
    }
}
