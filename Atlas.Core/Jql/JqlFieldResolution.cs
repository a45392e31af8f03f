using System.Globalization;

namespace Atlas.Core.Jql;

/// <summary>What a field reference turned out to be.</summary>
internal enum JqlFieldOrigin
{
    /// <summary>A catalogued system field.</summary>
    System,

    /// <summary>A custom field: <c>cf[N]</c>, <c>customfield_N</c>, or a name the options list.</summary>
    Custom,

    /// <summary>Not a system field, but it may be a custom field Atlas cannot see.</summary>
    PossiblyCustom,

    /// <summary>An entity property such as <c>issue.property[key].path</c>.</summary>
    EntityProperty,

    /// <summary>Certainly not a field on the site.</summary>
    Unknown,
}

/// <summary>A field reference resolved against the catalog and the options.</summary>
internal sealed record JqlFieldResolution(JqlFieldOrigin Origin, JqlFieldInfo? System, long? CustomFieldId)
{
    private const string CustomFieldPrefix = "customfield_";

    public JqlFieldKind Kind => System?.Kind ?? JqlFieldKind.Custom;

    public static JqlFieldResolution Resolve(JqlField field, JqlValidationOptions options)
    {
        if (field.Property is not null)
        {
            return new(JqlFieldOrigin.EntityProperty, null, null);
        }

        if (field.CustomFieldId is { } id || TryCustomFieldId(field.Name, out id))
        {
            return new(JqlFieldOrigin.Custom, null, id);
        }

        return JqlFieldCatalog.Find(field.Name) is { } system
            ? new(JqlFieldOrigin.System, system, null)
            : new(ResolveUnknown(field, options), null, null);
    }

    private static JqlFieldOrigin ResolveUnknown(JqlField field, JqlValidationOptions options)
    {
        if (options.CustomFieldNames is { } names)
        {
            return names.Contains(field.Name, StringComparer.OrdinalIgnoreCase) ? JqlFieldOrigin.Custom : JqlFieldOrigin.Unknown;
        }

        var clearlyWrong = !field.IsQuoted && (IsNumber(field.Name) || JqlEditDistance.IsNearMissOf(field.Name, JqlFieldCatalog.AllNames));
        return clearlyWrong ? JqlFieldOrigin.Unknown : JqlFieldOrigin.PossiblyCustom;
    }

    private static bool TryCustomFieldId(string name, out long id)
    {
        id = 0;
        return name.StartsWith(CustomFieldPrefix, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(name.AsSpan(CustomFieldPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    private static bool IsNumber(string name) => name.Length > 0 && !name.AsSpan(name[0] == '-' ? 1 : 0).ContainsAnyExceptInRange('0', '9');
}
