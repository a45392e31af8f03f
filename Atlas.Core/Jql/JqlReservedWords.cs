using System.Collections.Frozen;

namespace Atlas.Core.Jql;

/// <summary>Words JQL refuses as bare values or names: they must be quoted.</summary>
/// <remarks>
/// Atlassian's list ("Reserved words" in the advanced-search reference; hard-coded in Jira's JqlStringSupportImpl),
/// including <c>revoke</c>. Keywords such as <c>and</c> or <c>empty</c> are on it too but reach the parser as keyword
/// tokens; the check bites on every other word and on escaped spellings like <c>\u0061nd</c>.
/// </remarks>
internal static class JqlReservedWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "abort", "access", "add", "after", "alias", "all", "alter", "and", "any", "as", "asc", "audit", "avg",
        "before", "begin", "between", "boolean", "break", "by", "byte", "catch", "cf", "char", "character", "check",
        "checkpoint", "collate", "collation", "column", "commit", "connect", "continue", "count", "create", "current",
        "date", "decimal", "declare", "decrement", "default", "defaults", "define", "delete", "delimiter", "desc",
        "difference", "distinct", "divide", "do", "double", "drop", "else", "empty", "encoding", "end", "equals",
        "escape", "exclusive", "exec", "execute", "exists", "explain", "false", "fetch", "file", "field", "first",
        "float", "for", "from", "function", "go", "goto", "grant", "greater", "group", "having", "identified", "if",
        "immediate", "in", "increment", "index", "initial", "inner", "inout", "input", "insert", "int", "integer",
        "intersect", "intersection", "into", "is", "isempty", "isnull", "join", "last", "left", "less", "like",
        "limit", "lock", "long", "max", "min", "minus", "mode", "modify", "modulo", "more", "multiply", "next",
        "noaudit", "not", "notin", "nowait", "null", "number", "object", "of", "on", "option", "or", "order", "outer",
        "output", "power", "previous", "prior", "privileges", "public", "raise", "raw", "remainder", "rename",
        "resource", "return", "returns", "revoke", "right", "row", "rowid", "rownum", "rows", "select", "session",
        "set", "share", "size", "sqrt", "start", "strict", "string", "subtract", "sum", "synonym", "table", "then",
        "to", "trans", "transaction", "trigger", "true", "uid", "union", "unique", "update", "user", "validate",
        "values", "view", "when", "whenever", "where", "while", "with",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> All => Words;

    public static bool Contains(string word) => Words.Contains(word);
}
