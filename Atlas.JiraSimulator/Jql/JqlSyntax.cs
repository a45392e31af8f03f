namespace Atlas.JiraSimulator.Jql;

/// <summary>A parsed query: an optional WHERE tree and the ORDER BY fields.</summary>
internal sealed record JqlQuery(JqlNode? Where, IReadOnlyList<JqlSortField> OrderBy);

internal abstract record JqlNode;

internal sealed record JqlAnd(IReadOnlyList<JqlNode> Clauses) : JqlNode;

internal sealed record JqlOr(IReadOnlyList<JqlNode> Clauses) : JqlNode;

internal sealed record JqlNot(JqlNode Clause) : JqlNode;

/// <summary>`field operator operand [predicates]`; <see cref="Operand"/> is null only for CHANGED.</summary>
internal sealed record JqlClause(JqlFieldName Field, JqlOperator Operator, JqlOperand? Operand, IReadOnlyList<JqlPredicate> Predicates) : JqlNode;

/// <summary>A field as written (<see cref="Encoded"/>) and as named (<see cref="Name"/>, e.g. `cf[10016]`).</summary>
internal sealed record JqlFieldName(string Name, string Encoded, int Position);

/// <summary>A WAS/CHANGED predicate: AFTER, BEFORE, ON, BY, FROM, TO (one operand) or DURING (two).</summary>
internal sealed record JqlPredicate(string Operator, IReadOnlyList<JqlOperand> Operands);

internal sealed record JqlSortField(JqlFieldName Field, bool Descending);

internal abstract record JqlOperand(string Encoded, int Position);

internal sealed record JqlValue(string Value, bool Quoted, string Encoded, int Position) : JqlOperand(Encoded, Position);

internal sealed record JqlList(IReadOnlyList<JqlOperand> Items, string Encoded, int Position) : JqlOperand(Encoded, Position);

internal sealed record JqlFunction(string Name, IReadOnlyList<string> Arguments, string Encoded, int Position) : JqlOperand(Encoded, Position);

internal sealed record JqlEmpty(string Encoded, int Position) : JqlOperand(Encoded, Position);
