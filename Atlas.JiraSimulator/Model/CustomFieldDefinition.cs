namespace Atlas.JiraSimulator.Model;

/// <summary>A custom field: `customfield_{Number}`, its display name, value shape and select options.</summary>
internal sealed record CustomFieldDefinition(long Number, string Name, CustomFieldKind Kind, IReadOnlyList<SelectOption> Options)
{
    public string Id { get; } = $"customfield_{Number}";

    public SelectOption? FindOption(string value) =>
        Options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase) || o.Id == value);
}
