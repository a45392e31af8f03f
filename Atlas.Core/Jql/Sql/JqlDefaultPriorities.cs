namespace Atlas.Core.Jql.Sql;

/// <summary>
/// The order of Jira Cloud's default priority scheme (Highest = id 1 … Lowest = id 5). The cache keeps priority names
/// only, so <c>priority &gt; Medium</c> and <c>ORDER BY priority</c> run offline only while every cached priority is
/// one of these; a site with its own priorities has an order only Jira knows.
/// </summary>
internal static class JqlDefaultPriorities
{
    /// <summary>Names from most to least important; the id of each is its position plus one.</summary>
    public static IReadOnlyList<string> Names { get; } = ["Highest", "High", "Medium", "Low", "Lowest"];

    /// <summary>Jira's sort rank: a higher rank is more important, so ascending order ends with Highest.</summary>
    public static int? RankOf(string nameOrId)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], nameOrId, StringComparison.OrdinalIgnoreCase) || nameOrId == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return Rank(i);
            }
        }

        return null;
    }

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>SQL for the rank of <paramref name="column"/>: 99 for Highest down to 95 for Lowest, NULL for anything else.</summary>
    public static string RankSql(string column) =>
        "CASE " + string.Concat(Names.Select((name, i) => $"WHEN {column} = '{name}' THEN {Rank(i)} ")) + "END";

    private static int Rank(int index) => 100 - (index + 1);
}
