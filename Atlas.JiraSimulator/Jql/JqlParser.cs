namespace Atlas.JiraSimulator.Jql;

/// <summary>
/// Recursive-descent JQL parser: precedence NOT &gt; AND &gt; OR, parentheses, clauses with WAS/CHANGED predicates,
/// ORDER BY. Syntax errors throw <see cref="JqlSyntaxException"/> worded like Jira's.
/// </summary>
internal sealed partial class JqlParser
{
    private readonly string _query;
    private readonly List<JqlToken> _tokens;
    private int _index;

    private JqlParser(string query)
    {
        _query = query;
        _tokens = JqlLexer.Tokenize(query);
    }

    private JqlToken Current => _tokens[_index];

    private JqlToken Peek => _tokens[Math.Min(_index + 1, _tokens.Count - 1)];

    public static JqlQuery Parse(string query) => new JqlParser(query).ParseQuery();

    private JqlQuery ParseQuery()
    {
        var where = AtOrderBy() || Current.Kind == JqlTokenKind.End ? null : ParseOr();
        var orderBy = AtOrderBy() || Current.IsWord("ORDER") ? ParseOrderBy() : [];
        if (Current.Kind != JqlTokenKind.End)
        {
            throw ExpectingAndOr();
        }

        return new JqlQuery(where, orderBy);
    }

    private JqlNode ParseOr()
    {
        var clauses = new List<JqlNode> { ParseAnd() };
        while (Current.IsWord("OR"))
        {
            Advance();
            clauses.Add(ParseAnd());
        }

        return clauses.Count == 1 ? clauses[0] : new JqlOr(clauses);
    }

    private JqlNode ParseAnd()
    {
        var clauses = new List<JqlNode> { ParseNot() };
        while (Current.IsWord("AND"))
        {
            Advance();
            clauses.Add(ParseNot());
        }

        return clauses.Count == 1 ? clauses[0] : new JqlAnd(clauses);
    }

    private JqlNode ParseNot()
    {
        if (Current.IsWord("NOT"))
        {
            Advance();
            return new JqlNot(ParseNot());
        }

        if (Current.Kind != JqlTokenKind.LeftParen)
        {
            return ParseClause();
        }

        Advance();
        var inner = ParseOr();
        if (Current.Kind != JqlTokenKind.RightParen)
        {
            throw Current.Kind == JqlTokenKind.End ? AtEnd("Expecting ')' before the end of the query.") : ExpectingAndOr();
        }

        Advance();
        return inner;
    }

    private bool AtOrderBy() => Current.IsWord("ORDER") && Peek.IsWord("BY");

    private JqlToken Advance() => _tokens[_index++];

    private JqlSyntaxException Error(JqlToken at, string body) => new(JqlMessages.Syntax(_query, at.Position, body));

    private static JqlSyntaxException AtEnd(string body) => new(JqlMessages.SyntaxAtEnd(body));

    private JqlSyntaxException ExpectingAndOr() => Error(Current, $"Expecting either 'OR' or 'AND' but got '{Current.Display}'.");
}
