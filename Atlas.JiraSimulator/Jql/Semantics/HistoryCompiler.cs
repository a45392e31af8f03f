using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// WAS, WAS IN, WAS NOT (IN) and CHANGED over the changelog the simulator keeps for status, assignee, priority
/// and resolution, with AFTER, BEFORE, ON, DURING, BY and (CHANGED) FROM/TO.
/// </summary>
internal static class HistoryCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlField field, JqlOperator op, JqlClause clause, CompileScope scope)
    {
        var name = clause.Field.Name;
        var window = HistoryPredicates.Build(field, op, clause.Predicates, scope, name);
        if (op is JqlOperator.Changed or JqlOperator.NotChanged)
        {
            bool Changed(TicketVersion t) => HistorySegment.Changes(t, field.Property)
                .Any(c => window.Accepts(c.Group.Created, c.Group.Author.AccountId, c.Item.From, c.Item.To));
            return op == JqlOperator.Changed ? Changed : t => !Changed(t);
        }

        var (ids, matchEmpty) = SetCompiler.Collect(field, clause.Operand!, scope, name);
        bool Was(TicketVersion t) => HistorySegment.Of(t, field.Property)
            .Any(s => (s.Value is null ? matchEmpty : ids.Contains(s.Value)) && window.Overlaps(s));
        return op is JqlOperator.Was or JqlOperator.WasIn ? Was : t => !Was(t);
    }
}
