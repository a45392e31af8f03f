using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// <c>key</c>/<c>issuekey</c>/<c>issue</c>/<c>id</c>: keys or ids. <c>key &gt; "WRKA-10"</c> compares numbers within
/// WRKA (Jira's key order); a numeric operand compares ids. An issue always has a key, so <c>IS EMPTY</c> matches none.
/// </summary>
internal sealed partial class JqlSqlTranslator
{
    private string KeyClause(ClauseContext clause)
    {
        switch (clause.Operator)
        {
            case JqlOperator.Is:
                return Never;
            case JqlOperator.IsNot:
                return Always;
        }

        return IsRelational(clause.Operator) ? KeyOrder(clause) : KeyMembership(clause);
    }

    private string KeyMembership(ClauseContext clause)
    {
        var keys = new List<string>();
        var ids = new List<string>();
        foreach (var item in clause.Items)
        {
            switch (item)
            {
                case JqlValue { Value: var value } when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _):
                    ids.Add(value);
                    break;
                case JqlValue { Value: var value } when KeyPattern().IsMatch(value):
                    keys.Add(value);
                    break;
                default:
                    return Invalid(JqlValidationMessages.InvalidIssueKey(JqlDisplay.Operand(item).Trim('"'), clause.Name), item.Span);
            }
        }

        var parts = new List<string>();
        if (keys.Count > 0)
        {
            parts.Add($"t.key IN {_parameters.ListSubquery(keys)}");
        }

        if (ids.Count > 0)
        {
            parts.Add($"t.id IN (SELECT CAST(j.value AS INTEGER) FROM json_each({_parameters.AddList(ids)}) AS j)");
        }

        var any = "(" + string.Join(" OR ", parts) + ")";
        return clause.Operator is JqlOperator.EqualTo or JqlOperator.In ? any : $"NOT {any}";
    }

    private string KeyOrder(ClauseContext clause)
    {
        var op = SqlOperator(clause.Operator);
        var value = (clause.Operand as JqlValue)?.Value ?? "";
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return $"t.id {op} {Parameter(id)}";
        }

        var match = KeyPattern().Match(value);
        if (!match.Success || !long.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Invalid(JqlValidationMessages.InvalidIssueKey(value, clause.Name), clause.Operand.Span);
        }

        return $"(t.project = {Parameter(match.Groups["project"].Value)} AND t.key_number {op} {Parameter(number)})";
    }

    private static string SqlOperator(JqlOperator op) => op switch
    {
        JqlOperator.GreaterThan => ">",
        JqlOperator.GreaterThanOrEqualTo => ">=",
        JqlOperator.LessThan => "<",
        _ => "<=",
    };

    [GeneratedRegex("^(?<project>[A-Za-z][A-Za-z0-9_]*)-(?<number>[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
