using System.Collections.Frozen;

namespace Atlas.Core.Jql;

/// <summary>The words the JQL lexer turns into keyword tokens (case-insensitive, whole word only).</summary>
internal static class JqlKeywords
{
    private static readonly FrozenDictionary<string, JqlTokenKind> Words = new Dictionary<string, JqlTokenKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = JqlTokenKind.And,
        ["or"] = JqlTokenKind.Or,
        ["not"] = JqlTokenKind.Not,
        ["in"] = JqlTokenKind.In,
        ["is"] = JqlTokenKind.Is,
        ["empty"] = JqlTokenKind.Empty,
        ["null"] = JqlTokenKind.Empty,
        ["was"] = JqlTokenKind.Was,
        ["changed"] = JqlTokenKind.Changed,
        ["after"] = JqlTokenKind.After,
        ["before"] = JqlTokenKind.Before,
        ["by"] = JqlTokenKind.By,
        ["during"] = JqlTokenKind.During,
        ["on"] = JqlTokenKind.On,
        ["from"] = JqlTokenKind.From,
        ["to"] = JqlTokenKind.To,
        ["order"] = JqlTokenKind.Order,
        ["asc"] = JqlTokenKind.Asc,
        ["desc"] = JqlTokenKind.Desc,
        ["cf"] = JqlTokenKind.Cf,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, JqlTokenKind>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out JqlTokenKind kind) => SpanLookup.TryGetValue(word, out kind);

    public static bool IsKeyword(string word) => Words.ContainsKey(word);

    public static bool IsHistoryPredicate(this JqlTokenKind kind) => kind is >= JqlTokenKind.After and <= JqlTokenKind.To;
}
