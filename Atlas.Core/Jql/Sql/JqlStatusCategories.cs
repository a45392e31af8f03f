namespace Atlas.Core.Jql.Sql;

/// <summary>Jira's fixed status categories, named in JQL by name, key or id; the store keeps the key.</summary>
internal static class JqlStatusCategories
{
    private static readonly (int Id, string Key, string Name)[] All =
    [
        (2, "new", "To Do"),
        (4, "indeterminate", "In Progress"),
        (3, "done", "Done"),
    ];

    /// <summary>The stored key for a JQL value, or null when no category has that name, key or id.</summary>
    public static string? KeyOf(string value) => All
        .Where(c => Same(c.Name, value) || Same(c.Key, value) || c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == value)
        .Select(c => c.Key)
        .FirstOrDefault();

    /// <summary>SQL for the category's place in Jira's order (To Do, In Progress, Done); -1 for an unknown one.</summary>
    public static string OrderSql(string column) =>
        $"CASE {column} WHEN 'new' THEN 0 WHEN 'indeterminate' THEN 1 WHEN 'done' THEN 2 ELSE -1 END";

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
