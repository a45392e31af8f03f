using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// `key`/`issuekey`/`issue`/`id`: ids or keys (a moved issue's old key finds it). `key &gt; "WRKA-10"` compares
/// numbers within project WRKA; a numeric operand compares ids.
/// </summary>
internal static partial class KeyCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        if (op is JqlOperator.Is or JqlOperator.IsNot)
        {
            return op == JqlOperator.IsNot ? static _ => true : ClauseCompiler.Never;
        }

        if (ClauseCompiler.IsRelational(op))
        {
            return Relational(op, operand, scope, name);
        }

        var ids = new HashSet<long>();
        foreach (var item in operand is JqlList list ? list.Items : [operand])
        {
            if (Resolve(item, scope, name) is { } id)
            {
                ids.Add(id);
            }
        }

        return op is JqlOperator.Equals or JqlOperator.In ? t => ids.Contains(t.Id) : t => !ids.Contains(t.Id);
    }

    private static long? Resolve(JqlOperand item, CompileScope scope, string name)
    {
        if (item is not JqlValue { Value: var value })
        {
            scope.Error(item is JqlFunction f ? JqlFunctionMessages.Unsupported(f, name) : $"The issue key '{item.Encoded}' for field '{name}' is invalid.");
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        if (!KeyPattern().IsMatch(value))
        {
            scope.Error($"The issue key '{value}' for field '{name}' is invalid.");
            return null;
        }

        var record = scope.Env.Store.Find(value);
        if (record?.Current is null || record.Hidden)
        {
            scope.Error($"An issue with key '{value}' does not exist for field '{name}'.");
            return null;
        }

        return record.Id;
    }

    private static Func<TicketVersion, bool> Relational(JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        var value = (operand as JqlValue)?.Value ?? "";
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return t => Compare.Holds(op, t.Id.CompareTo(id));
        }

        var match = KeyPattern().Match(value);
        if (!match.Success || scope.Env.Catalog.FindProject(match.Groups["project"].Value) is not { } project)
        {
            scope.Error($"The issue key '{value}' for field '{name}' is invalid.");
            return ClauseCompiler.Never;
        }

        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return t => t.Project.Id == project.Id && Compare.Holds(op, t.Number.CompareTo(number));
    }

    [GeneratedRegex("^(?<project>[A-Za-z][A-Za-z0-9_]*)-(?<number>[0-9]+)$")]
    private static partial Regex KeyPattern();
}
