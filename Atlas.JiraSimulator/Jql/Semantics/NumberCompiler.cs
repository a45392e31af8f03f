using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Number custom fields such as Story Points.</summary>
internal static class NumberCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlField field, JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        Func<TicketVersion, double?> value = t => t.Custom(field.Property) as double?;
        if (op is JqlOperator.Is or JqlOperator.IsNot)
        {
            return op == JqlOperator.Is ? t => value(t) is null : t => value(t) is not null;
        }

        var numbers = new List<double>();
        var matchEmpty = false;
        foreach (var item in operand is JqlList list ? list.Items : [operand])
        {
            matchEmpty |= item is JqlEmpty;
            if (item is JqlValue v && double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            else if (item is not JqlEmpty)
            {
                scope.Error($"The value '{item.Encoded}' is not a valid number for field '{name}'.");
            }
        }

        return op switch
        {
            JqlOperator.Equals or JqlOperator.In => t => value(t) is { } v ? numbers.Contains(v) : matchEmpty,
            JqlOperator.NotEquals or JqlOperator.NotIn => t => value(t) is { } v && !numbers.Contains(v),
            _ => numbers.Count == 0 ? ClauseCompiler.Never : t => value(t) is { } v && Compare.Holds(op, v.CompareTo(numbers[0])),
        };
    }
}
