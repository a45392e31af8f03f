using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Atlas.Core.Jira;

internal static partial class AdfText
{
    private static readonly HashSet<string> InlineTypes =
        ["text", "hardBreak", "mention", "emoji", "inlineCard", "status", "date", "mediaInline", "placeholder", "inlineExtension"];

    // Unknown leaves that carry text are inline too, so their text is kept.
    private static bool IsInline(JsonElement node) =>
        InlineTypes.Contains(Type(node)) || (!node.TryGetProperty("content", out _) && node.TryGetProperty("text", out _));

    private static void Inline(JsonElement node, StringBuilder text, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (Type(node))
        {
            case "text": AppendText(node, text); break;
            case "hardBreak": text.Append('\n'); break;
            case "mention": text.Append(Mention(node)); break;
            case "emoji": text.Append(Attr(node, "text") ?? Attr(node, "shortName")); break;
            case "inlineCard": text.Append(Attr(node, "url") ?? "[link]"); break;
            case "status": text.Append(Attr(node, "text")); break;
            case "date": text.Append(Date(Attr(node, "timestamp"))); break;
            case "mediaInline": text.Append("[attachment]"); break;
            case "placeholder": break;
            default: AppendUnknown(node, text, depth); break;
        }
    }

    private static void AppendUnknown(JsonElement node, StringBuilder text, int depth)
    {
        text.Append(Text(node));
        foreach (var child in Children(node))
        {
            Inline(child, text, depth + 1);
        }
    }

    private static void AppendText(JsonElement node, StringBuilder text)
    {
        var value = Text(node);
        text.Append(value);
        if (LinkTarget(node) is { } href && href != value)
        {
            text.Append(" (").Append(href).Append(')');
        }
    }

    private static string? LinkTarget(JsonElement node)
    {
        if (!node.TryGetProperty("marks", out var marks) || marks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return marks.EnumerateArray()
            .Where(mark => mark.ValueKind == JsonValueKind.Object && Type(mark) == "link")
            .Select(mark => Attr(mark, "href"))
            .FirstOrDefault(href => !string.IsNullOrEmpty(href));
    }

    private static string Mention(JsonElement node) => Attr(node, "text") switch
    {
        { Length: > 0 } name when name.StartsWith('@') => name,
        { Length: > 0 } name => "@" + name,
        _ => "@user",
    };

    private static string? Date(string? unixMilliseconds) =>
        long.TryParse(unixMilliseconds, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
        && ms is > -62_135_596_800_000 and < 253_402_300_800_000
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : unixMilliseconds;
}
