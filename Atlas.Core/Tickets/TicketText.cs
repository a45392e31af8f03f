using System.Text;
using System.Text.Json;
using Atlas.Core.Jira;

namespace Atlas.Core.Tickets;

/// <summary>Rich-text fields (description, environment): ADF in API v3, a plain string in v2.</summary>
internal static class TicketText
{
    /// <summary>The plain text and, for ADF, the raw document; null when the field is empty.</summary>
    public static (string? Plain, string? Adf) Read(JsonElement fields, string name, string path)
    {
        if (IssueJson.Value(fields, name) is not { } value)
        {
            return (null, null);
        }

        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.String))
        {
            throw IssueJson.WrongType(path, "an ADF document or a string", value);
        }

        var raw = value.GetRawText();
        if (Encoding.UTF8.GetByteCount(raw) > TicketLimits.DescriptionBytes)
        {
            throw new TicketFieldException(path, $"is larger than the {TicketLimits.DescriptionBytes / 1024 / 1024} MB Atlas accepts");
        }

        var plain = AdfText.ToPlainText(value);
        return value.ValueKind == JsonValueKind.Object ? (plain, raw) : (plain, null);
    }
}
