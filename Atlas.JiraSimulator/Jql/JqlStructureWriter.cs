using System.Text;
using System.Text.Json;

namespace Atlas.JiraSimulator.Jql;

/// <summary>Writes a parsed query as the `JqlQuery` structure of `POST /rest/api/3/jql/parse`.</summary>
internal static class JqlStructureWriter
{
    public static void Write(Utf8JsonWriter w, JqlQuery query)
    {
        w.WriteStartObject("structure");
        if (query.Where is not null)
        {
            w.WritePropertyName("where");
            Node(w, query.Where);
        }

        if (query.OrderBy.Count > 0)
        {
            w.WriteStartObject("orderBy");
            w.WriteStartArray("fields");
            foreach (var sort in query.OrderBy)
            {
                w.WriteStartObject();
                Field(w, sort.Field);
                w.WriteString("direction", sort.Descending ? "desc" : "asc");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Node(Utf8JsonWriter w, JqlNode node)
    {
        w.WriteStartObject();
        switch (node)
        {
            case JqlAnd and:
                Compound(w, and.Clauses, "and");
                break;
            case JqlOr or:
                Compound(w, or.Clauses, "or");
                break;
            case JqlNot not:
                Compound(w, [not.Clause], "not");
                break;
            case JqlClause clause:
                Clause(w, clause);
                break;
        }

        w.WriteEndObject();
    }

    private static void Compound(Utf8JsonWriter w, IReadOnlyList<JqlNode> clauses, string op)
    {
        w.WriteStartArray("clauses");
        foreach (var clause in clauses)
        {
            Node(w, clause);
        }

        w.WriteEndArray();
        w.WriteString("operator", op);
    }

    private static void Clause(Utf8JsonWriter w, JqlClause clause)
    {
        Field(w, clause.Field);
        w.WriteString("operator", clause.Operator.Text());
        if (clause.Operand is not null)
        {
            w.WritePropertyName("operand");
            Operand(w, clause.Operand);
        }

        if (clause.Operator.IsHistory())
        {
            w.WriteStartArray("predicates");
            foreach (var predicate in clause.Predicates)
            {
                w.WriteStartObject();
                w.WriteString("operator", predicate.Operator);
                w.WritePropertyName("operand");
                Operand(w, predicate.Operands.Count == 1 ? predicate.Operands[0] : new JqlList(predicate.Operands, "", 0));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    private static void Field(Utf8JsonWriter w, JqlFieldName field)
    {
        w.WriteStartObject("field");
        w.WriteString("name", field.Name);
        w.WriteString("encodedName", Encode(field.Name));
        w.WriteEndObject();
    }

    private static void Operand(Utf8JsonWriter w, JqlOperand operand)
    {
        w.WriteStartObject();
        switch (operand)
        {
            case JqlValue value:
                w.WriteString("value", value.Value);
                w.WriteString("encodedValue", Encode(value.Value));
                break;
            case JqlList list:
                w.WriteStartArray("values");
                list.Items.ToList().ForEach(item => Operand(w, item));
                w.WriteEndArray();
                w.WriteString("encodedOperand", "(" + string.Join(", ", list.Items.Select(EncodedOperand)) + ")");
                break;
            case JqlFunction function:
                w.WriteString("function", function.Name);
                w.WriteStartArray("arguments");
                function.Arguments.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteString("encodedOperand", EncodedOperand(function));
                break;
            default:
                w.WriteString("keyword", "empty");
                break;
        }

        w.WriteEndObject();
    }

    private static string EncodedOperand(JqlOperand operand) => operand switch
    {
        JqlValue value => Encode(value.Value),
        JqlFunction function => $"{function.Name}({string.Join(", ", function.Arguments.Select(Encode))})",
        _ => "EMPTY",
    };

    /// <summary>The value as it can be pasted into JQL: quoted and escaped when it would not lex as one word.</summary>
    public static string Encode(string value)
    {
        var plain = value.Length > 0 && !JqlReservedWords.Contains(value) &&
            value.All(c => !char.IsWhiteSpace(c) && !"\"'=!<>~(),[]|&{}*/%+^$#@?;\\".Contains(c, StringComparison.Ordinal));
        if (plain)
        {
            return value;
        }

        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        return escaped.Append('"').ToString();
    }
}
