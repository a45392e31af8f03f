using System.Text.Json;

namespace Atlas.Core.Jira;

/// <summary>Jira's error texts from a response body: <c>errorMessages</c>, field <c>errors</c>, or a bare <c>message</c>.</summary>
internal static class JiraErrorBody
{
    private const int LongestText = 500;

    public static IReadOnlyList<string> Messages(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            // A proxy's or gateway's HTML page says nothing useful; a plain-text body (e.g. a 401's) does.
            return body.TrimStart().StartsWith('<') ? [] : [Shorten(body.Trim())];
        }
    }

    private static List<string> FromJson(JsonElement root)
    {
        var messages = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return messages;
        }

        if (root.TryGetProperty("errorMessages", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            messages.AddRange(list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => Shorten(m.GetString()!)));
        }

        if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            messages.AddRange(fields.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.String).Select(f => Shorten($"{f.Name}: {f.Value.GetString()}")));
        }

        if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
        {
            messages.Add(Shorten(message.GetString()!));
        }

        return messages;
    }

    private static string Shorten(string text) => text.Length <= LongestText ? text : string.Concat(text.AsSpan(0, LongestText), "…");
}
