using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>Terminal clauses: field, operator, operand and history predicates.</summary>
internal sealed partial class JqlParser
{
    private JqlClause ParseClause()
    {
        var field = ParseField();
        var op = ParseOperator();
        var operand = StartsOperand(Current.Kind) ? ParseOperand() : null;
        var predicates = ParsePredicates();
        CheckClauseShape(op, operand, predicates);
        var last = predicates.IsEmpty ? operand?.Span ?? _tokens[_index - 1].Span : predicates[^1].Span;
        return new JqlClause(field, op, operand, predicates, JqlSpan.Cover(field.Span, last));
    }

    /// <summary>The checks Jira's grammar makes once a clause is read: CHANGED takes no value, every other operator needs one, and only history operators take predicates.</summary>
    private void CheckClauseShape(JqlOperator op, JqlOperand? operand, ImmutableArray<JqlHistoryPredicate> predicates)
    {
        if (op == JqlOperator.Changed && operand is not null)
        {
            throw Fail(JqlMessages.ChangedWithValue(JqlDisplay.Operand(operand), operand.Span));
        }

        if (op != JqlOperator.Changed && operand is null)
        {
            throw Fail(JqlMessages.NoOperand(Current, _text));
        }

        if (!op.IsHistorical() && !predicates.IsEmpty)
        {
            throw Fail(JqlMessages.UnsupportedPredicate(op, JqlDisplay.Predicate(predicates[0]), predicates[0].Span));
        }
    }

    private JqlOperator ParseOperator()
    {
        var token = Advance();
        return token.Kind switch
        {
            JqlTokenKind.EqualTo => JqlOperator.EqualTo,
            JqlTokenKind.NotEqualTo => JqlOperator.NotEqualTo,
            JqlTokenKind.GreaterThan => JqlOperator.GreaterThan,
            JqlTokenKind.GreaterThanOrEqualTo => JqlOperator.GreaterThanOrEqualTo,
            JqlTokenKind.LessThan => JqlOperator.LessThan,
            JqlTokenKind.LessThanOrEqualTo => JqlOperator.LessThanOrEqualTo,
            JqlTokenKind.Contains => JqlOperator.Contains,
            JqlTokenKind.NotContains => JqlOperator.NotContains,
            JqlTokenKind.In => JqlOperator.In,
            JqlTokenKind.Is => ParseIs(),
            JqlTokenKind.Not => ParseNotIn(),
            JqlTokenKind.Was => ParseWas(),
            JqlTokenKind.Changed => JqlOperator.Changed,
            _ => throw Fail(JqlMessages.NoOperator(token, _text)),
        };
    }

    /// <summary>IS NOT, or IS when what follows could end the operator; anything else means a NOT was expected.</summary>
    private JqlOperator ParseIs()
    {
        if (At(JqlTokenKind.Not))
        {
            Advance();
            return JqlOperator.IsNot;
        }

        return StartsOperand(Current.Kind) || EndsClause(Current.Kind) || Current.Kind.IsHistoryPredicate()
            ? JqlOperator.Is
            : throw Fail(JqlMessages.Expected("NOT", Current, _text));
    }

    private JqlOperator ParseNotIn()
    {
        Expect(JqlTokenKind.In, "IN");
        return JqlOperator.NotIn;
    }

    private JqlOperator ParseWas()
    {
        if (At(JqlTokenKind.In))
        {
            Advance();
            return JqlOperator.WasIn;
        }

        if (!At(JqlTokenKind.Not))
        {
            return JqlOperator.Was;
        }

        Advance();
        if (!At(JqlTokenKind.In))
        {
            return JqlOperator.WasNot;
        }

        Advance();
        return JqlOperator.WasNotIn;
    }

    private ImmutableArray<JqlHistoryPredicate> ParsePredicates()
    {
        if (!Current.Kind.IsHistoryPredicate())
        {
            return [];
        }

        var predicates = ImmutableArray.CreateBuilder<JqlHistoryPredicate>();
        while (Current.Kind.IsHistoryPredicate())
        {
            var keyword = Advance();
            var operand = StartsOperand(Current.Kind) ? ParseOperand() : throw Fail(JqlMessages.NoOperand(Current, _text));
            predicates.Add(new JqlHistoryPredicate(PredicateKind(keyword.Kind), operand, JqlSpan.Cover(keyword.Span, operand.Span)));
        }

        return predicates.ToImmutable();
    }

    private static JqlPredicateKind PredicateKind(JqlTokenKind kind) => kind switch
    {
        JqlTokenKind.After => JqlPredicateKind.After,
        JqlTokenKind.Before => JqlPredicateKind.Before,
        JqlTokenKind.By => JqlPredicateKind.By,
        JqlTokenKind.During => JqlPredicateKind.During,
        JqlTokenKind.On => JqlPredicateKind.On,
        JqlTokenKind.From => JqlPredicateKind.From,
        _ => JqlPredicateKind.To,
    };

    /// <summary>Tokens that may follow a complete clause.</summary>
    private static bool EndsClause(JqlTokenKind kind) =>
        kind is JqlTokenKind.End or JqlTokenKind.And or JqlTokenKind.Or or JqlTokenKind.RightParen or JqlTokenKind.Order;
}
