using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// Compiles a parsed query into a predicate. NOT is pushed down with De Morgan's laws into the clauses' operators,
/// as Jira evaluates it, so `NOT assignee = x` behaves like `assignee != x` (which never matches an empty field).
/// </summary>
internal static class JqlCompiler
{
    private static readonly Func<TicketVersion, bool> Always = static _ => true;

    public static CompiledQuery Compile(JqlQuery query, JqlEnvironment environment)
    {
        var scope = new CompileScope(environment);
        var filter = query.Where is null ? Always : Node(query.Where, negated: false, scope);
        var sort = JqlSorting.Build(query.OrderBy, scope);
        return new CompiledQuery(filter, sort, scope.Errors, query.Where is not null);
    }

    private static Func<TicketVersion, bool> Node(JqlNode node, bool negated, CompileScope scope) => node switch
    {
        JqlAnd and => negated ? Any(and.Clauses, true, scope) : All(and.Clauses, false, scope),
        JqlOr or => negated ? All(or.Clauses, true, scope) : Any(or.Clauses, false, scope),
        JqlNot not => Node(not.Clause, !negated, scope),
        _ => ClauseCompiler.Compile((JqlClause)node, negated, scope),
    };

    private static Func<TicketVersion, bool> All(IReadOnlyList<JqlNode> nodes, bool negated, CompileScope scope)
    {
        var parts = nodes.Select(n => Node(n, negated, scope)).ToArray();
        return t =>
        {
            foreach (var part in parts)
            {
                if (!part(t))
                {
                    return false;
                }
            }

            return true;
        };
    }

    private static Func<TicketVersion, bool> Any(IReadOnlyList<JqlNode> nodes, bool negated, CompileScope scope)
    {
        var parts = nodes.Select(n => Node(n, negated, scope)).ToArray();
        return t =>
        {
            foreach (var part in parts)
            {
                if (part(t))
                {
                    return true;
                }
            }

            return false;
        };
    }
}
