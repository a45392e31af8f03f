using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>One ORDER BY field: how to read its sort value from a ticket, and the direction.</summary>
internal sealed record SortSpec(string Field, bool Descending, Func<TicketVersion, SortValue> Value);
