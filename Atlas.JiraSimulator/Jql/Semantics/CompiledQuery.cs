using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>A validated query ready to run: its filter, its sort keys and what was wrong with it.</summary>
internal sealed record CompiledQuery(Func<TicketVersion, bool> Filter, IReadOnlyList<SortSpec> Sort, IReadOnlyList<JqlError> Problems, bool Bounded)
{
    public bool IsValid => Problems.Count == 0;
}
