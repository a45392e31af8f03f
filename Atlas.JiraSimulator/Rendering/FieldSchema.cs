namespace Atlas.JiraSimulator.Rendering;

/// <summary>A field's `JsonTypeBean` for `expand=schema`: either a system field or a custom field type.</summary>
internal sealed record FieldSchema(string Type, string? Items, string? System, string? Custom, long? CustomId)
{
    public static FieldSchema Of(string type, string system, string? items = null) => new(type, items, system, null, null);

    public static FieldSchema OfCustom(string type, string custom, long id, string? items = null) =>
        new(type, items, null, "com.atlassian.jira.plugin.system.customfieldtypes:" + custom, id);
}
