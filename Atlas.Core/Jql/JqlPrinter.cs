using System.Text;

namespace Atlas.Core.Jql;

/// <summary>Writes an AST back as canonical JQL that parses to the same AST.</summary>
internal sealed partial class JqlPrinter
{
    private readonly StringBuilder _out = new();

    public static string Print(JqlQuery query)
    {
        var printer = new JqlPrinter();
        printer.WriteQuery(query);
        return printer._out.ToString();
    }

    private void WriteQuery(JqlQuery query)
    {
        if (query.Where is not null)
        {
            WriteExpression(query.Where);
        }

        var orderBy = query.OrderBy.OrEmpty();
        if (orderBy.IsEmpty)
        {
            return;
        }

        _out.Append(query.Where is null ? "ORDER BY " : " ORDER BY ");
        for (var i = 0; i < orderBy.Length; i++)
        {
            _out.Append(i > 0 ? ", " : string.Empty);
            WriteSortField(orderBy[i]);
        }
    }

    private void WriteSortField(JqlSortField sort)
    {
        WriteField(sort.Field);
        _out.Append(sort.Direction switch
        {
            JqlSortDirection.Ascending => " ASC",
            JqlSortDirection.Descending => " DESC",
            _ => string.Empty,
        });
    }

    private void WriteExpression(JqlExpression expression)
    {
        switch (expression)
        {
            case JqlOr or:
                WriteJoined(or.Operands.OrEmpty(), " OR ", child => child is JqlOr);
                break;
            case JqlAnd and:
                WriteJoined(and.Operands.OrEmpty(), " AND ", child => child is JqlOr or JqlAnd);
                break;
            case JqlNot not:
                _out.Append("NOT ");
                WriteChild(not.Operand, not.Operand is JqlOr or JqlAnd);
                break;
            case JqlClause clause:
                WriteClause(clause);
                break;
        }
    }

    /// <summary>Parenthesises exactly the children that would otherwise merge into this node or bind differently.</summary>
    private void WriteJoined(IReadOnlyList<JqlExpression> operands, string separator, Func<JqlExpression, bool> needsParentheses)
    {
        for (var i = 0; i < operands.Count; i++)
        {
            _out.Append(i > 0 ? separator : string.Empty);
            WriteChild(operands[i], needsParentheses(operands[i]));
        }
    }

    private void WriteChild(JqlExpression child, bool parenthesise)
    {
        _out.Append(parenthesise ? "(" : string.Empty);
        WriteExpression(child);
        _out.Append(parenthesise ? ")" : string.Empty);
    }
}
