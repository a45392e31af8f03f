using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>OR, AND, NOT and parentheses.</summary>
internal sealed partial class JqlParser
{
    private JqlExpression ParseOr()
    {
        var first = ParseAnd();
        if (!At(JqlTokenKind.Or))
        {
            return first;
        }

        var operands = ImmutableArray.CreateBuilder<JqlExpression>();
        operands.Add(first);
        while (At(JqlTokenKind.Or))
        {
            Advance();
            operands.Add(ParseAnd());
        }

        return new JqlOr(operands.ToImmutable(), JqlSpan.Cover(first.Span, operands[^1].Span));
    }

    private JqlExpression ParseAnd()
    {
        var first = ParseNot();
        if (!At(JqlTokenKind.And))
        {
            return first;
        }

        var operands = ImmutableArray.CreateBuilder<JqlExpression>();
        operands.Add(first);
        while (At(JqlTokenKind.And))
        {
            Advance();
            operands.Add(ParseNot());
        }

        return new JqlAnd(operands.ToImmutable(), JqlSpan.Cover(first.Span, operands[^1].Span));
    }

    private JqlExpression ParseNot()
    {
        if (At(JqlTokenKind.Not) || At(JqlTokenKind.Bang))
        {
            var not = Advance();
            Enter(not);
            var operand = ParseNot();
            Leave();
            return new JqlNot(operand, JqlSpan.Cover(not.Span, operand.Span));
        }

        if (At(JqlTokenKind.LeftParen))
        {
            return ParseParenthesised();
        }

        return StartsField(Current.Kind) ? ParseClause() : throw Fail(JqlMessages.NoField(Current, _text));
    }

    private JqlExpression ParseParenthesised()
    {
        Enter(Advance());
        var inner = ParseOr();
        Leave();
        Expect(JqlTokenKind.RightParen, ")");
        return inner;
    }
}
