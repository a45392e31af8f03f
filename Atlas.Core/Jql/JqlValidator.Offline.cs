namespace Atlas.Core.Jql;

/// <summary>Notes what only Jira can answer; the local store (design.md's ticket shape) has no history, no sprints, no custom fields.</summary>
internal sealed partial class JqlValidator
{
    private void NoteOfflineField(JqlField reference, JqlFieldResolution field)
    {
        var reason = field.Origin switch
        {
            JqlFieldOrigin.System when !field.System!.IsCached => "the local cache does not store this field",
            JqlFieldOrigin.Custom => "the local cache does not store custom fields",
            JqlFieldOrigin.PossiblyCustom => "it is not a system field Atlas knows, so it may be a custom field, and the local cache stores none",
            JqlFieldOrigin.EntityProperty => "the local cache does not store entity properties",
            _ => null,
        };
        if (reason is not null)
        {
            Blocker(JqlValidationMessages.NeedsJira(DisplayName(reference), reason), reference.Span);
        }
    }

    private void NoteOfflineOperator(JqlClause clause)
    {
        if (clause.Operator.IsHistorical())
        {
            var subject = $"{DisplayName(clause.Field)} {clause.Operator.ToJql()}";
            Blocker(JqlValidationMessages.NeedsJira(subject, "the local cache keeps no change history"), clause.Span);
        }
    }

    private static string DisplayName(JqlField field) => field.Property is { } property
        ? $"{field.Name}[{property.Key}]{(property.Path.Length > 0 ? "." + property.Path : string.Empty)}"
        : field.Name;
}
