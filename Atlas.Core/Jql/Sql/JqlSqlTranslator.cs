namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Translates a validated JQL query into one parameterized SQLite statement over the store, with the semantics of
/// Jira's search: NOT pushed into the operators (De Morgan), <c>!=</c>, <c>NOT IN</c> and <c>!~</c> never matching an
/// empty field, and Jira's order (default <c>key DESC</c>, empty values last ascending, ties by id). Field and column
/// names come from the catalog; every value the user wrote becomes a parameter.
/// </summary>
internal sealed partial class JqlSqlTranslator
{
    private const string Never = "0";
    private const string Always = "1";

    private readonly JqlSqlContext _context;
    private readonly JqlSqlParameters _parameters = new();
    private readonly List<JqlError> _errors = [];
    private readonly List<JqlError> _blockers = [];
    private bool _usesTermTable;

    private JqlSqlTranslator(JqlSqlContext context) => _context = context;

    /// <summary>The statement selecting the ids of at most <paramref name="limit"/> live tickets matching <paramref name="query"/>, in Jira's order.</summary>
    public static JqlSqlTranslation Translate(JqlQuery query, JqlSqlContext context, int limit)
    {
        var translator = new JqlSqlTranslator(context);
        var where = query.Where is null ? Always : translator.Condition(query.Where, negated: false);
        var orderBy = translator.OrderBy(query);
        var sql = $"SELECT t.id FROM jira_tickets AS t WHERE t.deleted_at IS NULL AND {where} ORDER BY {orderBy} LIMIT {translator.Parameter(limit)}";
        var runnable = translator._errors.Count == 0 && translator._blockers.Count == 0;
        return new JqlSqlTranslation(runnable ? sql : "", translator._parameters.Values, translator._errors, translator._blockers, translator._usesTermTable, translator.UsesPriorityOrder);
    }

    private string Condition(JqlExpression expression, bool negated) => expression switch
    {
        JqlAnd and => Combine(and.Operands, negated ? "OR" : "AND", negated),
        JqlOr or => Combine(or.Operands, negated ? "AND" : "OR", negated),
        JqlNot not => Condition(not.Operand, !negated),
        JqlClause clause => Clause(clause, negated ? Negate(clause.Operator) : clause.Operator),
        _ => Never,
    };

    /// <summary>Joins operands as a balanced tree, so long OR chains stay far below SQLite's expression depth limit.</summary>
    private string Combine(IReadOnlyList<JqlExpression> operands, string joiner, bool negated)
    {
        var parts = operands.Select(operand => Condition(operand, negated)).ToList();
        while (parts.Count > 1)
        {
            parts = [.. parts.Chunk(8).Select(chunk => chunk.Length == 1 ? chunk[0] : "(" + string.Join($" {joiner} ", chunk) + ")")];
        }

        return parts.Count == 0 ? Always : parts[0];
    }

    private string Clause(JqlClause clause, JqlOperator op)
    {
        var field = JqlFieldResolution.Resolve(clause.Field, JqlValidationOptions.Default).System;
        if (field is null || !field.IsCached || op.IsHistorical() || clause.Operand is null)
        {
            return Blocked(JqlValidationMessages.NeedsJira(clause.Field.Name, "the local cache cannot evaluate this clause"), clause.Span);
        }

        var context = new ClauseContext(clause, field, op, clause.Operand);
        return field.Kind switch
        {
            JqlFieldKind.IssueKey when field.Id == JqlSystemField.IssueKey => KeyClause(context),
            JqlFieldKind.Date or JqlFieldKind.DateTime => DateClause(context),
            JqlFieldKind.Text => TextClause(context),
            _ when field.Id == JqlSystemField.Priority && IsRelational(op) => PriorityOrderClause(context),
            _ when IsRelational(op) => Blocked(JqlValidationMessages.NeedsJira($"{clause.Field.Name} {op.ToJql()}", "the local cache does not know the order of these values"), clause.Span),
            _ => SetClause(context),
        };
    }

    private string Parameter(object value) => _parameters.Add(value);

    private string Blocked(string message, JqlSpan span)
    {
        _blockers.Add(new JqlError(message, span.Position, span.Length, JqlErrorKind.Offline));
        return Never;
    }

    private string Invalid(string message, JqlSpan span)
    {
        _errors.Add(new JqlError(message, span.Position, span.Length, JqlErrorKind.Validation));
        return Never;
    }

    private static bool IsRelational(JqlOperator op) =>
        op is JqlOperator.GreaterThan or JqlOperator.GreaterThanOrEqualTo or JqlOperator.LessThan or JqlOperator.LessThanOrEqualTo;

    private static JqlOperator Negate(JqlOperator op) => op switch
    {
        JqlOperator.EqualTo => JqlOperator.NotEqualTo,
        JqlOperator.NotEqualTo => JqlOperator.EqualTo,
        JqlOperator.LessThan => JqlOperator.GreaterThanOrEqualTo,
        JqlOperator.GreaterThanOrEqualTo => JqlOperator.LessThan,
        JqlOperator.GreaterThan => JqlOperator.LessThanOrEqualTo,
        JqlOperator.LessThanOrEqualTo => JqlOperator.GreaterThan,
        JqlOperator.Contains => JqlOperator.NotContains,
        JqlOperator.NotContains => JqlOperator.Contains,
        JqlOperator.In => JqlOperator.NotIn,
        JqlOperator.NotIn => JqlOperator.In,
        JqlOperator.Is => JqlOperator.IsNot,
        JqlOperator.IsNot => JqlOperator.Is,
        _ => op,
    };

    /// <summary>One clause on its way to SQL: the operator is the one after NOT was pushed in.</summary>
    private sealed record ClauseContext(JqlClause Clause, JqlFieldInfo Field, JqlOperator Operator, JqlOperand Operand)
    {
        public string Name => Clause.Field.Name;

        /// <summary>The operand's items: a list's entries, or the operand itself.</summary>
        public IReadOnlyList<JqlOperand> Items => Operand is JqlList list ? Flatten(list) : [Operand];

        private static List<JqlOperand> Flatten(JqlList list) =>
            [.. list.Items.SelectMany(item => item is JqlList inner ? Flatten(inner) : [item])];
    }
}
