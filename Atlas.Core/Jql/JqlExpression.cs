using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>A boolean condition: <see cref="JqlAnd"/>, <see cref="JqlOr"/>, <see cref="JqlNot"/> or <see cref="JqlClause"/>.</summary>
/// <remarks>Parentheses leave no node of their own; they only shape the tree.</remarks>
public abstract record JqlExpression(JqlSpan Span);

/// <summary>Two or more conditions joined by AND (also written <c>&amp;&amp;</c> or <c>&amp;</c>).</summary>
public sealed record JqlAnd(ImmutableArray<JqlExpression> Operands, JqlSpan Span) : JqlExpression(Span);

/// <summary>Two or more conditions joined by OR (also written <c>||</c> or <c>|</c>).</summary>
public sealed record JqlOr(ImmutableArray<JqlExpression> Operands, JqlSpan Span) : JqlExpression(Span);

/// <summary>A negated condition: NOT (also written <c>!</c>).</summary>
public sealed record JqlNot(JqlExpression Operand, JqlSpan Span) : JqlExpression(Span);

/// <summary>One comparison: <c>field operator operand</c> with optional history predicates.</summary>
/// <param name="Field">The field on the left.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The right-hand side; null only for CHANGED, which takes none.</param>
/// <param name="Predicates">AFTER, BEFORE, BY, DURING, ON, FROM, TO in source order; empty for most clauses.</param>
/// <param name="Span">The whole clause in the source text.</param>
public sealed record JqlClause(
    JqlField Field,
    JqlOperator Operator,
    JqlOperand? Operand,
    ImmutableArray<JqlHistoryPredicate> Predicates,
    JqlSpan Span) : JqlExpression(Span);

/// <summary>A history predicate after WAS or CHANGED, such as <c>AFTER -5d</c> or <c>DURING ("2026-01-01", now())</c>.</summary>
public sealed record JqlHistoryPredicate(JqlPredicateKind Kind, JqlOperand Operand, JqlSpan Span);

/// <summary>The history predicate keywords.</summary>
public enum JqlPredicateKind
{
    /// <summary>AFTER date.</summary>
    After,

    /// <summary>BEFORE date.</summary>
    Before,

    /// <summary>BY user.</summary>
    By,

    /// <summary>DURING (date, date).</summary>
    During,

    /// <summary>ON date.</summary>
    On,

    /// <summary>FROM old value (CHANGED only).</summary>
    From,

    /// <summary>TO new value (CHANGED only).</summary>
    To,
}
