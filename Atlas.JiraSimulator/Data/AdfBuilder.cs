using System.Buffers;
using System.Text;
using System.Text.Json;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Data;

/// <summary>Writes an Atlassian Document Format document and, alongside, the plain text that text search sees.</summary>
internal sealed partial class AdfBuilder : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly Utf8JsonWriter _json;
    private readonly StringBuilder _text = new();

    public AdfBuilder()
    {
        _json = new Utf8JsonWriter(_buffer, JsonWriting.Options);
        _json.WriteStartObject();
        _json.WriteString("type", "doc");
        _json.WriteNumber("version", 1);
        _json.WriteStartArray("content");
    }

    /// <summary>Plain text as paragraphs separated by blank lines, lines joined with hard breaks.</summary>
    public static AdfDocument FromPlainText(string text)
    {
        using var builder = new AdfBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var lines = paragraph.Split('\n');
            var inlines = lines.SelectMany((line, i) => i == 0 ? [AdfInline.Plain(line)] : new[] { AdfInline.Break, AdfInline.Plain(line) });
            builder.Paragraph([.. inlines.Where(n => n.Kind != AdfInlineKind.Text || n.Text.Length > 0)]);
        }

        return builder.Build();
    }

    public AdfDocument Build()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return new AdfDocument(_buffer.WrittenSpan.ToArray(), _text.ToString().TrimEnd());
    }

    public void Dispose() => _json.Dispose();

    private void StartNode(string type)
    {
        _json.WriteStartObject();
        _json.WriteString("type", type);
    }

    private void EndBlock()
    {
        _json.WriteEndObject();
        _text.Append('\n');
    }
}
