using System.Globalization;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// Paging for servers that drop <c>nextPageToken</c> (they answer page one again): Atlas asks in id order and continues
/// after the last id seen, <c>(where) AND id &gt; N ORDER BY id ASC</c>. The token Atlas checkpoints is that id.
/// </summary>
internal static class KeysetJql
{
    private const string TokenPrefix = "atlas-after-id:";

    public static string Page(string jql, string? token)
    {
        var where = WithoutOrderBy(jql).Trim();
        var after = AfterId(token);
        var clauses = new[] { where.Length > 0 ? $"({where})" : null, after is { } id ? $"id > {id.ToString(CultureInfo.InvariantCulture)}" : null }
            .Where(c => c is not null);
        return $"{string.Join(" AND ", clauses)} ORDER BY id ASC".TrimStart();
    }

    public static string Token(long lastId) => TokenPrefix + lastId.ToString(CultureInfo.InvariantCulture);

    private static long? AfterId(string? token) =>
        token is null ? null
        : token.StartsWith(TokenPrefix, StringComparison.Ordinal) && long.TryParse(token.AsSpan(TokenPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
        : throw new JiraBadRequestException($"The page token '{token}' was not made by Atlas's id paging; the search starts over.");

    /// <summary>The JQL before its top-level <c>ORDER BY</c> (outside quoted text).</summary>
    internal static string WithoutOrderBy(string jql)
    {
        char? quote = null;
        for (var i = 0; i < jql.Length; i++)
        {
            var c = jql[i];
            if (quote is { } open)
            {
                quote = c == '\\' ? open : c == open ? null : open;
                i += c == '\\' ? 1 : 0;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (IsOrderBy(jql, i))
            {
                return jql[..i];
            }
        }

        return jql;
    }

    private static bool IsOrderBy(string jql, int i) =>
        (i == 0 || char.IsWhiteSpace(jql[i - 1]))
        && string.Compare(jql, i, "order", 0, 5, StringComparison.OrdinalIgnoreCase) == 0
        && jql.AsSpan(i + 5).TrimStart().StartsWith("by", StringComparison.OrdinalIgnoreCase);
}
