using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>NOT binds tighter than AND, AND tighter than OR; parentheses override; chains are n-ary.</summary>
public sealed class JqlPrecedenceTests
{
    [Theory]
    [InlineData("a = 1 OR b = 2 AND c = 3", "(or [f:a EqualTo n:1] (and [f:b EqualTo n:2] [f:c EqualTo n:3]))")]
    [InlineData("a = 1 AND b = 2 OR c = 3", "(or (and [f:a EqualTo n:1] [f:b EqualTo n:2]) [f:c EqualTo n:3])")]
    [InlineData("(a = 1 OR b = 2) AND c = 3", "(and (or [f:a EqualTo n:1] [f:b EqualTo n:2]) [f:c EqualTo n:3])")]
    [InlineData("NOT a = 1 AND b = 2", "(and (not [f:a EqualTo n:1]) [f:b EqualTo n:2])")]
    [InlineData("NOT (a = 1 AND b = 2)", "(not (and [f:a EqualTo n:1] [f:b EqualTo n:2]))")]
    [InlineData("a = 1 OR NOT b = 2 AND c = 3", "(or [f:a EqualTo n:1] (and (not [f:b EqualTo n:2]) [f:c EqualTo n:3]))")]
    [InlineData("a = 1 AND b = 2 AND c = 3", "(and [f:a EqualTo n:1] [f:b EqualTo n:2] [f:c EqualTo n:3])")]
    [InlineData("a = 1 OR b = 2 OR c = 3 OR d = 4", "(or [f:a EqualTo n:1] [f:b EqualTo n:2] [f:c EqualTo n:3] [f:d EqualTo n:4])")]
    [InlineData("a = 1 AND (b = 2 AND c = 3)", "(and [f:a EqualTo n:1] (and [f:b EqualTo n:2] [f:c EqualTo n:3]))")]
    [InlineData("! ! a = 1", "(not (not [f:a EqualTo n:1]))")]
    [InlineData("((a = 1))", "[f:a EqualTo n:1]")]
    [InlineData("a = 1 || b = 2 && !c = 3", "(or [f:a EqualTo n:1] (and [f:b EqualTo n:2] (not [f:c EqualTo n:3])))")]
    public void Parse_MixedOperators_BuildsTreeByPrecedence(string text, string tree)
    {
        Assert.Equal(tree, JqlAstDump.Write(JqlTestParsing.ParseValid(text)));
    }

    [Fact]
    public void Parse_Clause_RecordsSpansOfEveryNode()
    {
        var query = JqlTestParsing.ParseValid("a = 1 AND NOT b in (x, y)");

        var and = Assert.IsType<JqlAnd>(query.Where);
        var not = Assert.IsType<JqlNot>(and.Operands[1]);
        var clause = Assert.IsType<JqlClause>(not.Operand);
        var list = Assert.IsType<JqlList>(clause.Operand);
        Assert.Equal(new JqlSpan(0, 25), and.Span);
        Assert.Equal(new JqlSpan(10, 15), not.Span);
        Assert.Equal(new JqlSpan(14, 11), clause.Span);
        Assert.Equal(new JqlSpan(14, 1), clause.Field.Span);
        Assert.Equal(new JqlSpan(19, 6), list.Span);
        Assert.Equal(new JqlSpan(23, 1), list.Items[1].Span);
    }

    [Fact]
    public void Parse_HistoryClause_KeepsPredicatesInOrderWithSpans()
    {
        var query = JqlTestParsing.ParseValid("status changed from Open to \"In Progress\" after -2d");

        var clause = Assert.IsType<JqlClause>(query.Where);
        Assert.Null(clause.Operand);
        Assert.Equal([JqlPredicateKind.From, JqlPredicateKind.To, JqlPredicateKind.After], clause.Predicates.Select(p => p.Kind));
        Assert.Equal(new JqlSpan(42, 9), clause.Predicates[2].Span);
        Assert.Equal(new JqlSpan(0, 51), clause.Span);
    }
}
