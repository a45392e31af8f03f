namespace Atlas.JiraSimulator.Jql;

internal sealed partial class JqlParser
{
    private JqlOperand ParseOperand()
    {
        var token = Current;
        if (token.Kind == JqlTokenKind.LeftParen)
        {
            return ParseList();
        }

        if (token.IsWord("EMPTY") || token.IsWord("NULL"))
        {
            Advance();
            return new JqlEmpty(token.Source, token.Position);
        }

        return ParseSingle();
    }

    private JqlOperand ParseSingle()
    {
        var token = Current;
        switch (token.Kind)
        {
            case JqlTokenKind.Word when Peek.Kind == JqlTokenKind.LeftParen:
                return ParseFunction();
            case JqlTokenKind.Word when JqlReservedWords.Contains(token.Text):
                throw Error(token, JqlMessages.ReservedWord(token.Source));
            case JqlTokenKind.Word or JqlTokenKind.String:
                Advance();
                return new JqlValue(token.Text, token.Kind == JqlTokenKind.String, token.Source, token.Position);
            case JqlTokenKind.End:
                throw AtEnd("Expecting either a value, list or function before the end of the query.");
            default:
                throw Error(token, $"Expecting either a value, list or function but got '{token.Display}'. You must surround '{token.Display}' in quotation marks to use it as a value.");
        }
    }

    private JqlList ParseList()
    {
        var open = Advance();
        var items = new List<JqlOperand>();
        do
        {
            items.Add(Current.IsWord("EMPTY") || Current.IsWord("NULL") ? ParseOperand() : ParseSingle());
        }
        while (TakeComma());

        ExpectClosing();
        return new JqlList(items, Source(open), open.Position);
    }

    private JqlFunction ParseFunction()
    {
        var name = Advance();
        Advance();
        var arguments = new List<string>();
        while (Current.Kind is JqlTokenKind.Word or JqlTokenKind.String)
        {
            arguments.Add(Advance().Text);
            if (!TakeComma())
            {
                break;
            }
        }

        ExpectClosing();
        return new JqlFunction(name.Text, arguments, Source(name), name.Position);
    }

    private bool TakeComma()
    {
        if (Current.Kind != JqlTokenKind.Comma)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectClosing()
    {
        if (Current.Kind == JqlTokenKind.RightParen)
        {
            Advance();
            return;
        }

        throw Current.Kind == JqlTokenKind.End
            ? AtEnd("Expecting ')' before the end of the query.")
            : Error(Current, $"Expecting ')' but got '{Current.Display}'.");
    }

    /// <summary>The query text from <paramref name="first"/> through the token just consumed.</summary>
    private string Source(JqlToken first)
    {
        var last = _tokens[_index - 1];
        return _query[first.Position..(last.Position + last.Source.Length)];
    }

    private List<JqlSortField> ParseOrderBy()
    {
        Advance();
        if (!TakeWord("BY"))
        {
            throw Current.Kind == JqlTokenKind.End ? AtEnd("Expecting 'BY' before the end of the query.") : Error(Current, $"Expecting 'BY' but got '{Current.Display}'.");
        }

        var fields = new List<JqlSortField>();
        do
        {
            var field = ParseField();
            var descending = TakeWord("DESC");
            _ = descending || TakeWord("ASC");
            fields.Add(new JqlSortField(field, descending));
        }
        while (TakeComma());

        return fields;
    }
}
