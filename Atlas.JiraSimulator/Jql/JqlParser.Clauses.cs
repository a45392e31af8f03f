namespace Atlas.JiraSimulator.Jql;

internal sealed partial class JqlParser
{
    private static readonly string[] PredicateWords = ["AFTER", "BEFORE", "ON", "BY", "FROM", "TO", "DURING"];

    private JqlClause ParseClause()
    {
        var field = ParseField();
        var op = ParseOperator();
        var operand = op == JqlOperator.Changed ? null : ParseOperand();
        var predicates = op.IsHistory() ? ParsePredicates() : [];
        return new JqlClause(field, op, operand, predicates);
    }

    private JqlFieldName ParseField()
    {
        var token = Current;
        switch (token.Kind)
        {
            case JqlTokenKind.String:
                Advance();
                return new JqlFieldName(token.Text, token.Source, token.Position);
            case JqlTokenKind.Word when token.IsWord("cf") && Peek.Kind == JqlTokenKind.LeftBracket:
                return ParseCustomFieldReference();
            case JqlTokenKind.Word when JqlReservedWords.Contains(token.Text):
                throw Error(token, JqlMessages.ReservedWord(token.Source));
            case JqlTokenKind.Word:
                Advance();
                return new JqlFieldName(token.Text, token.Source, token.Position);
            case JqlTokenKind.End:
                throw AtEnd("Expecting a field name at the end of the query.");
            default:
                throw Error(token, $"Expecting a field name but got '{token.Display}'. You must surround '{token.Display}' in quotation marks to use it as a field name.");
        }
    }

    /// <summary>`cf[10016]`, Jira's id-based reference to a custom field.</summary>
    private JqlFieldName ParseCustomFieldReference()
    {
        var start = Advance();
        Advance();
        var number = Current;
        if (number.Kind != JqlTokenKind.Word || !number.Text.All(char.IsAsciiDigit))
        {
            throw Error(number, $"Expecting a custom field id but got '{number.Display}'.");
        }

        Advance();
        if (Current.Kind != JqlTokenKind.RightBracket)
        {
            throw Error(Current, $"Expecting ']' but got '{Current.Display}'.");
        }

        Advance();
        return new JqlFieldName($"cf[{number.Text}]", $"cf[{number.Text}]", start.Position);
    }

    private JqlOperator ParseOperator()
    {
        var token = Current;
        if (token.Kind == JqlTokenKind.Operator)
        {
            Advance();
            return token.Text switch
            {
                "=" => JqlOperator.Equals,
                "!=" => JqlOperator.NotEquals,
                "<" => JqlOperator.LessThan,
                "<=" => JqlOperator.LessThanOrEquals,
                ">" => JqlOperator.GreaterThan,
                ">=" => JqlOperator.GreaterThanOrEquals,
                "~" => JqlOperator.Like,
                _ => JqlOperator.NotLike,
            };
        }

        return ParseWordOperator(token);
    }

    private JqlOperator ParseWordOperator(JqlToken token)
    {
        if (token.IsWord("IN") || token.IsWord("CHANGED"))
        {
            Advance();
            return token.IsWord("IN") ? JqlOperator.In : JqlOperator.Changed;
        }

        if (token.IsWord("NOT") && Peek.IsWord("IN"))
        {
            _index += 2;
            return JqlOperator.NotIn;
        }

        if (token.IsWord("IS"))
        {
            Advance();
            return TakeWord("NOT") ? JqlOperator.IsNot : JqlOperator.Is;
        }

        if (token.IsWord("WAS"))
        {
            Advance();
            var not = TakeWord("NOT");
            var list = TakeWord("IN");
            return (not, list) switch
            {
                (true, true) => JqlOperator.WasNotIn,
                (true, false) => JqlOperator.WasNot,
                (false, true) => JqlOperator.WasIn,
                _ => JqlOperator.Was,
            };
        }

        throw token.Kind == JqlTokenKind.End
            ? AtEnd($"Expecting operator before the end of the query. The valid operators are {JqlMessages.ValidOperators}.")
            : Error(token, $"Expecting operator but got '{token.Display}'. The valid operators are {JqlMessages.ValidOperators}.");
    }

    private List<JqlPredicate> ParsePredicates()
    {
        var predicates = new List<JqlPredicate>();
        while (Current.Kind == JqlTokenKind.Word && PredicateWords.Any(Current.IsWord))
        {
            var word = Advance().Text.ToLowerInvariant();
            predicates.Add(new JqlPredicate(word, word == "during" ? ParseDuring() : [ParseOperand()]));
        }

        return predicates;
    }

    private List<JqlOperand> ParseDuring()
    {
        if (ParseOperand() is JqlList { Items.Count: 2 } range)
        {
            return [.. range.Items];
        }

        throw Error(Current, "The DURING predicate needs two dates: DURING (\"from\", \"to\").");
    }

    private bool TakeWord(string word)
    {
        if (!Current.IsWord(word))
        {
            return false;
        }

        Advance();
        return true;
    }
}
