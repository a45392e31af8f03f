namespace Atlas.Core.Jql.Sql;

/// <summary>
/// <c>~</c> and <c>!~</c> through the FTS5 index <c>jira_tickets_fts</c> (porter, unicode61): every word and phrase
/// must occur (phrases within one field), every <c>prefix*</c> must start a stemmed token, found through the FTS5
/// vocabulary table. <c>!~</c> needs non-empty text that does not match; <c>text</c> searches summary, description and
/// environment. The MATCH string is a parameter in which every user token sits inside a quoted FTS5 string.
/// </summary>
internal sealed partial class JqlSqlTranslator
{
    /// <summary>The per-connection FTS5 vocabulary table (<c>instance</c> rows: term, doc, col, offset) of jira_tickets_fts.</summary>
    public const string TermTable = "temp.atlas_fts_terms";

    public const string CreateTermTable = $"CREATE VIRTUAL TABLE IF NOT EXISTS {TermTable} USING fts5vocab(main, jira_tickets_fts, instance)";

    private string TextClause(ClauseContext clause)
    {
        var (column, empty) = TextColumn(clause.Field.Id);
        switch (clause.Operator)
        {
            case JqlOperator.Is:
                return empty;
            case JqlOperator.IsNot:
                return $"NOT ({empty})";
        }

        if (clause.Operand is not JqlValue value)
        {
            return Invalid($"The text query '{JqlDisplay.Operand(clause.Operand)}' for field '{clause.Name}' is not valid.", clause.Operand.Span);
        }

        var query = JqlTextQuery.Parse(value.Value);
        if (query.IsEmpty)
        {
            return Never;
        }

        var matches = TextMatches(query, column);
        return clause.Operator == JqlOperator.Contains ? $"(NOT ({empty}) AND {matches})" : $"(NOT ({empty}) AND NOT {matches})";
    }

    private string TextMatches(JqlTextQuery query, string? column)
    {
        var parts = new List<string>();
        if (query.Phrases.Count > 0)
        {
            parts.Add($"t.id IN (SELECT rowid FROM jira_tickets_fts WHERE jira_tickets_fts MATCH {Parameter(query.PhraseMatch(column))})");
        }

        foreach (var prefix in query.Prefixes.Distinct(StringComparer.Ordinal))
        {
            _usesTermTable = true;
            var inColumn = column is null ? "" : $" AND v.col = '{column}'";
            parts.Add($"t.id IN (SELECT v.doc FROM {TermTable} AS v WHERE v.term >= {Parameter(prefix)} AND v.term <= {Parameter(prefix + char.ConvertFromUtf32(0x10FFFF))}{inColumn})");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    /// <summary>The FTS5 column (null for all three) and SQL that is true when the field's text is empty.</summary>
    private static (string? Column, string Empty) TextColumn(JqlSystemField field) => field switch
    {
        JqlSystemField.Summary => ("summary", "t.summary = ''"),
        JqlSystemField.Description => ("description", "(t.description IS NULL OR t.description = '')"),
        JqlSystemField.Environment => ("environment", "(t.environment IS NULL OR t.environment = '')"),
        _ => (null, Never),
    };
}
