namespace Atlas.JiraSimulator.Data;

internal sealed partial class AdfBuilder
{
    public void Paragraph(params ReadOnlySpan<AdfInline> inlines)
    {
        StartNode("paragraph");
        WriteInlines(inlines);
        EndBlock();
    }

    public void Heading(int level, string text)
    {
        StartNode("heading");
        _json.WriteStartObject("attrs");
        _json.WriteNumber("level", level);
        _json.WriteEndObject();
        WriteInlines([AdfInline.Plain(text)]);
        EndBlock();
    }

    public void BulletList(IEnumerable<string> items) => List("bulletList", items);

    public void OrderedList(IEnumerable<string> items) => List("orderedList", items);

    public void CodeBlock(string language, string code)
    {
        StartNode("codeBlock");
        _json.WriteStartObject("attrs");
        _json.WriteString("language", language);
        _json.WriteEndObject();
        WriteInlines([AdfInline.Plain(code)]);
        EndBlock();
    }

    public void Quote(string text)
    {
        StartNode("blockquote");
        _json.WriteStartArray("content");
        Paragraph(AdfInline.Plain(text));
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    public void Rule()
    {
        StartNode("rule");
        _json.WriteEndObject();
    }

    private void List(string type, IEnumerable<string> items)
    {
        StartNode(type);
        if (type == "orderedList")
        {
            _json.WriteStartObject("attrs");
            _json.WriteNumber("order", 1);
            _json.WriteEndObject();
        }

        _json.WriteStartArray("content");
        foreach (var item in items)
        {
            StartNode("listItem");
            _json.WriteStartArray("content");
            Paragraph(AdfInline.Plain(item));
            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    public void Table(IReadOnlyList<string[]> rows)
    {
        StartNode("table");
        _json.WriteStartObject("attrs");
        _json.WriteBoolean("isNumberColumnEnabled", false);
        _json.WriteString("layout", "default");
        _json.WriteEndObject();
        _json.WriteStartArray("content");
        for (var r = 0; r < rows.Count; r++)
        {
            TableRow(rows[r], r == 0 ? "tableHeader" : "tableCell");
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void TableRow(string[] cells, string cellType)
    {
        StartNode("tableRow");
        _json.WriteStartArray("content");
        foreach (var cell in cells)
        {
            StartNode(cellType);
            _json.WriteStartObject("attrs");
            _json.WriteEndObject();
            _json.WriteStartArray("content");
            Paragraph(AdfInline.Plain(cell));
            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }
}
