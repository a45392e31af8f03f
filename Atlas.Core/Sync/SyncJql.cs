using Atlas.Core.Jira;
using Atlas.Core.Jql;

namespace Atlas.Core.Sync;

/// <summary>
/// The JQL a sync sends. Every pass pages in <c>updated</c> order so an issue edited while we page moves behind the
/// cursor and is read again (docs/decisions/0001).
/// </summary>
internal static class SyncJql
{
    private const string InUpdatedOrder = " ORDER BY updated ASC, key ASC";

    public static string Full(string project) => $"project = {JqlText.Quote(project)}{InUpdatedOrder}";

    /// <summary>One query for all incremental projects; projects sharing a watermark literal share a clause.</summary>
    public static string Incremental(IReadOnlyDictionary<string, DateTimeOffset> since, TimeZoneInfo zone)
    {
        var clauses = since
            .GroupBy(p => JiraTime.FormatJqlDateTime(p.Value, zone), p => p.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{InProjects([.. g])} AND updated >= {JqlText.Quote(g.Key)}")
            .ToList();
        var where = clauses.Count == 1 ? clauses[0] : string.Join(" OR ", clauses.Select(c => $"({c})"));
        return where + InUpdatedOrder;
    }

    /// <summary>The id census: every issue of the projects, ids only.</summary>
    public static string Census(IReadOnlyCollection<string> projects) => $"{InProjects(projects)} ORDER BY key ASC";

    private static string InProjects(IReadOnlyCollection<string> projects) =>
        projects.Count == 1
            ? $"project = {JqlText.Quote(projects.First())}"
            : $"project IN ({string.Join(", ", projects.Order(StringComparer.Ordinal).Select(JqlText.Quote))})";
}
