using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>`priority &gt; Medium`: more important than Medium (High, Highest).</summary>
internal static class PriorityCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        if (operand is not JqlValue value || scope.Env.Catalog.FindPriority(value.Value) is not { } target)
        {
            scope.MissingValue(operand.Encoded, name);
            return ClauseCompiler.Never;
        }

        var rank = Rank(target);
        return t => Compare.Holds(op, Rank(t.Priority).CompareTo(rank));
    }

    /// <summary>Highest ranks highest; ORDER BY priority DESC lists Highest first.</summary>
    public static int Rank(Priority priority) => 100 - priority.Sequence;
}
