using System.Text;
using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Writes an AST as an S-expression without source spans, so trees can be compared and read in assertions.</summary>
internal static class JqlAstDump
{
    public static string Write(JqlQuery query)
    {
        var builder = new StringBuilder();
        if (query.Where is not null)
        {
            builder.Append(Expression(query.Where));
        }

        foreach (var sort in query.OrderBy)
        {
            builder.Append(" {sort ").Append(Field(sort.Field)).Append(' ').Append(sort.Direction?.ToString() ?? "default").Append('}');
        }

        return builder.ToString().Trim();
    }

    private static string Expression(JqlExpression expression) => expression switch
    {
        JqlAnd and => "(and " + string.Join(' ', and.Operands.Select(Expression)) + ")",
        JqlOr or => "(or " + string.Join(' ', or.Operands.Select(Expression)) + ")",
        JqlNot not => "(not " + Expression(not.Operand) + ")",
        JqlClause clause => Clause(clause),
        _ => throw new ArgumentOutOfRangeException(nameof(expression)),
    };

    private static string Clause(JqlClause clause)
    {
        var parts = new List<string> { Field(clause.Field), clause.Operator.ToString() };
        if (clause.Operand is not null)
        {
            parts.Add(Operand(clause.Operand));
        }

        parts.AddRange(clause.Predicates.Select(p => p.Kind + ":" + Operand(p.Operand)));
        return "[" + string.Join(' ', parts) + "]";
    }

    private static string Field(JqlField field)
    {
        var text = (field.IsQuoted ? "q:" : "f:") + field.Name;
        text += field.CustomFieldId is { } id ? "#" + id : string.Empty;
        return field.Property is { } property ? $"{text}[{property.Key}].{property.Path}" : text;
    }

    private static string Operand(JqlOperand operand) => operand switch
    {
        JqlValue { Kind: JqlValueKind.Quoted } value => "q:" + value.Value,
        JqlValue { Kind: JqlValueKind.Number } value => "n:" + value.Value,
        JqlValue value => "w:" + value.Value,
        JqlEmpty => "EMPTY",
        JqlFunctionCall call => "fn:" + call.Name + "(" + string.Join(',', call.Arguments.Select(Operand)) + ")",
        JqlList list => "(list " + string.Join(' ', list.Items.Select(Operand)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(operand)),
    };
}
