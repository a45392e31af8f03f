using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Atlas.Core.Jira;

internal static partial class AdfText
{
    private static readonly HashSet<string> ListItems = ["listItem", "taskItem", "decisionItem"];

    private static List<string> Block(JsonElement node, int depth) => depth > MaxDepth ? [] : Type(node) switch
    {
        "doc" => Blocks(node, depth, blankLineBetween: true),
        "paragraph" or "heading" => Paragraph(node, depth),
        "bulletList" or "decisionList" => List(node, depth, (_, _) => "- "),
        "orderedList" => List(node, depth, (_, index) => $"{FirstNumber(node) + index}. "),
        "taskList" => List(node, depth, (item, _) => Attr(item, "state") == "DONE" ? "[x] " : "[ ] "),
        "codeBlock" => CodeBlock(node, depth),
        "blockquote" => [.. Blocks(node, depth, blankLineBetween: false).Select(line => "> " + line)],
        "panel" => Panel(node, depth),
        "rule" => ["---"],
        "table" => [.. Children(node).Select(row => TableRow(row, depth + 1))],
        "media" => [Attr(node, "alt") is { Length: > 0 } alt ? $"[attachment: {alt}]" : "[attachment]"],
        "expand" or "nestedExpand" => [.. Title(node), .. Blocks(node, depth, blankLineBetween: false)],
        "blockCard" or "embedCard" => [Attr(node, "url") ?? "[link]"],
        _ => Blocks(node, depth, blankLineBetween: false),
    };

    // Runs of inline nodes (text, mentions, ...) become one paragraph; block children render on their own lines.
    private static List<string> Blocks(JsonElement container, int depth, bool blankLineBetween)
    {
        var lines = new List<string>();
        var inline = new StringBuilder();
        foreach (var child in Children(container))
        {
            if (IsInline(child))
            {
                Inline(child, inline, depth + 1);
                continue;
            }

            AddBlock(lines, Flush(inline), blankLineBetween);
            AddBlock(lines, Block(child, depth + 1), blankLineBetween);
        }

        AddBlock(lines, Flush(inline), blankLineBetween);
        return lines;
    }

    private static void AddBlock(List<string> lines, List<string> block, bool blankLineBetween)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (blankLineBetween && lines.Count > 0)
        {
            lines.Add("");
        }

        lines.AddRange(block);
    }

    private static List<string> Flush(StringBuilder inline)
    {
        var lines = inline.Length == 0 ? [] : SplitLines(inline);
        inline.Clear();
        return lines;
    }

    private static List<string> Paragraph(JsonElement node, int depth)
    {
        var text = new StringBuilder();
        foreach (var child in Children(node))
        {
            Inline(child, text, depth + 1);
        }

        return text.Length == 0 ? [] : SplitLines(text);
    }

    private static List<string> List(JsonElement list, int depth, Func<JsonElement, int, string> marker)
    {
        var lines = new List<string>();
        var index = 0;
        foreach (var item in Children(list))
        {
            // A nested task list sits directly in its parent list, without an item around it: indent it only.
            var prefix = ListItems.Contains(Type(item)) ? marker(item, index++) : "  ";
            var itemLines = Block(item, depth + 1) is { Count: > 0 } rendered ? rendered : [""];
            lines.Add(prefix + itemLines[0]);
            lines.AddRange(itemLines.Skip(1).Select(line => new string(' ', prefix.Length) + line));
        }

        return lines;
    }

    private static int FirstNumber(JsonElement orderedList) =>
        int.TryParse(Attr(orderedList, "order"), NumberStyles.None, CultureInfo.InvariantCulture, out var first) ? first : 1;

    private static List<string> CodeBlock(JsonElement node, int depth)
    {
        var code = new StringBuilder();
        foreach (var child in Children(node))
        {
            Inline(child, code, depth + 1);
        }

        return ["```" + Attr(node, "language"), .. SplitLines(code), "```"];
    }

    private static List<string> Panel(JsonElement node, int depth)
    {
        var lines = Blocks(node, depth, blankLineBetween: false);
        if (lines.Count > 0)
        {
            lines[0] = $"[{Attr(node, "panelType") ?? "info"}] {lines[0]}";
        }

        return lines;
    }

    private static string TableRow(JsonElement row, int depth) =>
        string.Join(" | ", Children(row).Select(cell => string.Join(" ", Block(cell, depth + 1).Where(line => line.Length > 0))));

    private static List<string> Title(JsonElement node) => Attr(node, "title") is { Length: > 0 } title ? [title] : [];
}
