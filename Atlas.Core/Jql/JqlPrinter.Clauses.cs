namespace Atlas.Core.Jql;

/// <summary>Clauses, fields and operands.</summary>
internal sealed partial class JqlPrinter
{
    private void WriteClause(JqlClause clause)
    {
        WriteField(clause.Field);
        _out.Append(' ').Append(clause.Operator.ToJql());
        if (clause.Operand is not null)
        {
            _out.Append(' ');
            WriteOperand(clause.Operand);
        }

        foreach (var predicate in clause.Predicates.OrEmpty())
        {
            _out.Append(' ').Append(JqlDisplay.Keyword(predicate.Kind)).Append(' ');
            WriteOperand(predicate.Operand);
        }
    }

    private void WriteField(JqlField field)
    {
        _out.Append(field.CustomFieldId is not null ? field.Name
            : field.IsQuoted ? JqlText.Quote(field.Name)
            : Bare(field.Name, allowNumber: true));
        if (field.Property is { } property)
        {
            _out.Append('[').Append(IsPlainWord(property.Key, allowNumber: true) ? property.Key : JqlText.Quote(property.Key)).Append(']');
            _out.Append(property.Path.Length > 0 ? "." + Bare(property.Path, allowNumber: true) : string.Empty);
        }
    }

    private void WriteOperand(JqlOperand operand)
    {
        switch (operand)
        {
            case JqlValue value:
                _out.Append(FormatValue(value));
                break;
            case JqlEmpty:
                _out.Append("EMPTY");
                break;
            case JqlFunctionCall call:
                _out.Append(IsPlainWord(call.Name, allowNumber: true) ? call.Name : JqlText.Quote(call.Name)).Append('(');
                _out.AppendJoin(", ", call.Arguments.OrEmpty().Select(FormatValue)).Append(')');
                break;
            case JqlList list:
                WriteList(list);
                break;
        }
    }

    private void WriteList(JqlList list)
    {
        _out.Append('(');
        var items = list.Items.OrEmpty();
        for (var i = 0; i < items.Length; i++)
        {
            _out.Append(i > 0 ? ", " : string.Empty);
            WriteOperand(items[i]);
        }

        _out.Append(')');
    }

    private static string FormatValue(JqlValue value) => value.Kind switch
    {
        JqlValueKind.Quoted => JqlText.Quote(value.Value),
        JqlValueKind.Number => LooksLikeNumber(value.Value) ? value.Value : JqlText.Quote(value.Value),
        _ => Bare(value.Value, allowNumber: false),
    };
}
