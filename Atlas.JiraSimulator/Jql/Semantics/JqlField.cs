using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>A JQL field: its canonical name, type, the ticket property behind it and whether it has history.</summary>
internal sealed record JqlField(string Name, JqlFieldType Type, string Property, CustomFieldDefinition? Custom = null)
{
    /// <summary>Fields whose changes the simulator records, so WAS and CHANGED work on them.</summary>
    public bool HasHistory => Property is "status" or "assignee" or "priority" or "resolution";

    public bool Sortable => Type switch
    {
        JqlFieldType.Labels or JqlFieldType.Component or JqlFieldType.FixVersion or JqlFieldType.MultiSelect
            or JqlFieldType.Sprint or JqlFieldType.AllText or JqlFieldType.Parent => false,
        JqlFieldType.Text => Property is "summary" || Custom?.Kind == CustomFieldKind.Text,
        _ => true,
    };
}
