using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>The skeleton of a generated ticket, decided sequentially so parents always precede children.</summary>
internal readonly record struct TicketPlan(long Id, Project Project, int Number, IssueType Type, long? ParentId, DateTimeOffset Created);
