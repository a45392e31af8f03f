namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Fields that hold a set of values (project, status, users, labels, components…): <c>=</c>/<c>IN</c> match any
/// value (EMPTY in the list also matches an empty field); <c>!=</c>/<c>NOT IN</c> need a non-empty field holding none
/// of them; <c>IS [NOT] EMPTY</c> look at emptiness only.
/// </summary>
internal sealed partial class JqlSqlTranslator
{
    private string SetClause(ClauseContext clause)
    {
        var field = SetFields.For(clause.Field.Id);
        if (field is null)
        {
            return Blocked(JqlValidationMessages.NeedsJira(clause.Name, "the local cache cannot evaluate this field"), clause.Clause.Span);
        }

        switch (clause.Operator)
        {
            case JqlOperator.Is:
                return field.Empty;
            case JqlOperator.IsNot:
                return $"NOT ({field.Empty})";
        }

        var values = new SetValues();
        foreach (var item in clause.Items)
        {
            CollectSetValue(clause, field, item, values);
        }

        var any = values.Names.Count + values.AccountIds.Count + values.Ids.Count == 0 ? Never : Matches(field, values);
        return clause.Operator is JqlOperator.EqualTo or JqlOperator.In
            ? values.MatchEmpty ? $"({field.Empty} OR {any})" : any
            : $"(NOT ({field.Empty}) AND NOT {NullAsFalse(field, any)})";
    }

    /// <summary>
    /// A positive match may be NULL (SQLite's <c>NULL IN (...)</c>): harmless in WHERE, and NOT is never put above it
    /// because the translator pushes NOT into the operators. Left bare, it lets SQLite use the column's index. Under the
    /// NOT of <c>!=</c>/<c>NOT IN</c> it matters only for users, whose email is read from JSON and may be missing; the
    /// other columns are known to be non-empty there.
    /// </summary>
    private static string NullAsFalse(SetField field, string match) =>
        field.Kind == SetKind.User ? $"COALESCE({match}, 0)" : match;

    private void CollectSetValue(ClauseContext clause, SetField field, JqlOperand item, SetValues values)
    {
        switch (item)
        {
            case JqlEmpty:
                values.MatchEmpty = true;
                break;
            case JqlValue { Value: var text } when field.Kind == SetKind.Resolution && text.Equals("Unresolved", StringComparison.OrdinalIgnoreCase):
                values.MatchEmpty = true;
                break;
            case JqlValue value:
                AddValue(clause, field, value, values);
                break;
            case JqlFunctionCall { Name: var name } when field.Kind == SetKind.User && name.Equals("currentUser", StringComparison.OrdinalIgnoreCase):
                AddCurrentUser(item, values);
                break;
            default:
                Blocked(JqlValidationMessages.NeedsJira(JqlDisplay.Operand(item), "the local cache cannot evaluate this value"), item.Span);
                break;
        }
    }

    private void AddValue(ClauseContext clause, SetField field, JqlValue value, SetValues values)
    {
        var text = value.Value;
        if (field.Kind == SetKind.StatusCategory)
        {
            values.Names.AddIfNotNull(JqlStatusCategories.KeyOf(text));
            return;
        }

        if (IsDigits(text) && field.Kind == SetKind.NamesOnly)
        {
            Blocked(JqlValidationMessages.NeedsJira($"{clause.Name} = {text}", "the local cache keeps component and version names, not their ids"), value.Span);
            return;
        }

        values.Names.Add(text);
        if (field.Kind == SetKind.Project || (IsDigits(text) && field.Kind is SetKind.Named or SetKind.Resolution or SetKind.Parent))
        {
            values.Ids.Add(text);
        }

        if (field.Kind == SetKind.User)
        {
            values.AccountIds.Add(text);
        }
    }

    private void AddCurrentUser(JqlOperand item, SetValues values)
    {
        if (_context.AccountId is { Length: > 0 } me)
        {
            values.AccountIds.Add(me);
            return;
        }

        Blocked("'currentUser()' needs Jira: the local cache does not know the Jira account yet (run a sync first). Run with --live.", item.Span);
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>What one clause asks for: names (compared case-insensitively), account ids (exactly), ids of named things.</summary>
    private sealed class SetValues
    {
        public List<string> Names { get; } = [];

        public List<string> AccountIds { get; } = [];

        public List<string> Ids { get; } = [];

        public bool MatchEmpty { get; set; }
    }
}

internal static class JqlSqlListExtensions
{
    public static void AddIfNotNull(this List<string> list, string? value)
    {
        if (value is not null)
        {
            list.Add(value);
        }
    }
}
