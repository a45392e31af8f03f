using Atlas.Core.Jql.Sql;
using Atlas.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Atlas.Core.Search;

/// <summary>The Jira user's account, time zone and locale as the last sync stored them in <c>atlas_meta</c>.</summary>
internal sealed record OfflineProfile(string? AccountId, TimeZoneInfo Zone, string? Locale)
{
    /// <summary>The profile, or null when no sync has stored a time zone yet (the cache then knows nothing).</summary>
    public static async Task<OfflineProfile?> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.Command("SELECT key, value FROM atlas_meta WHERE key IN ($account, $zone, $locale)", transaction)
            .With("$account", MetaKeys.JiraAccountId).With("$zone", MetaKeys.JiraTimeZone).With("$locale", MetaKeys.JiraLocale);
        var meta = new Dictionary<string, string?>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                meta[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        var zoneId = meta.GetValueOrDefault(MetaKeys.JiraTimeZone);
        return zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)
            ? new OfflineProfile(meta.GetValueOrDefault(MetaKeys.JiraAccountId), zone, meta.GetValueOrDefault(MetaKeys.JiraLocale))
            : null;
    }

    public JqlSqlContext Context(DateTimeOffset now) => new(now, Zone, JqlSqlContext.FirstDayOf(Locale), AccountId);
}
