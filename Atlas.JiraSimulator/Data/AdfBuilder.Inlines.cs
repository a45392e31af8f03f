namespace Atlas.JiraSimulator.Data;

internal sealed partial class AdfBuilder
{
    private void WriteInlines(ReadOnlySpan<AdfInline> inlines)
    {
        _json.WriteStartArray("content");
        foreach (var inline in inlines)
        {
            WriteInline(inline);
            _text.Append(inline.Text);
        }

        _json.WriteEndArray();
    }

    private void WriteInline(AdfInline inline)
    {
        switch (inline.Kind)
        {
            case AdfInlineKind.HardBreak:
                StartNode("hardBreak");
                break;
            case AdfInlineKind.Mention:
                StartNode("mention");
                WriteAttrs(("id", inline.Attribute!), ("text", inline.Text), ("accessLevel", ""));
                break;
            case AdfInlineKind.Emoji:
                StartNode("emoji");
                WriteAttrs(("shortName", inline.Attribute!), ("id", inline.Extra!), ("text", inline.Text));
                break;
            default:
                StartNode("text");
                _json.WriteString("text", inline.Text);
                WriteMarks(inline);
                break;
        }

        _json.WriteEndObject();
    }

    private void WriteMarks(AdfInline inline)
    {
        if (inline.Kind == AdfInlineKind.Text)
        {
            return;
        }

        _json.WriteStartArray("marks");
        _json.WriteStartObject();
        _json.WriteString("type", inline.Kind switch
        {
            AdfInlineKind.Strong => "strong",
            AdfInlineKind.Code => "code",
            _ => "link",
        });
        if (inline.Kind == AdfInlineKind.Link)
        {
            WriteAttrs(("href", inline.Attribute!));
        }

        _json.WriteEndObject();
        _json.WriteEndArray();
    }

    private void WriteAttrs(params ReadOnlySpan<(string Name, string Value)> attrs)
    {
        _json.WriteStartObject("attrs");
        foreach (var (name, value) in attrs)
        {
            _json.WriteString(name, value);
        }

        _json.WriteEndObject();
    }
}
