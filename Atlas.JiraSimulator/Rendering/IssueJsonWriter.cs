using System.Buffers;
using System.Text;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Assembles an issue's JSON from its cached rendering and a field selection, by copying bytes.</summary>
internal static class IssueJsonWriter
{
    private static readonly byte[] ExpandStart = "{\"expand\":\""u8.ToArray();

    /// <summary>Writes one issue bean: `expand`, `id`, `self`, `key`, the selected `fields`, then any extra members.</summary>
    public static void Write(IBufferWriter<byte> output, RenderedIssue issue, FieldSelection selection, string expand,
        ReadOnlySpan<byte> extraMembers = default)
    {
        output.Write(ExpandStart);
        output.Write(Encoding.UTF8.GetBytes(expand));
        output.Write("\","u8);
        output.Write(issue.Head);
        output.Write(",\"fields\":"u8);
        WriteFields(output, issue, selection);
        if (!extraMembers.IsEmpty)
        {
            output.Write(","u8);
            output.Write(extraMembers);
        }

        output.Write("}"u8);
    }

    private static void WriteFields(IBufferWriter<byte> output, RenderedIssue issue, FieldSelection selection)
    {
        if (selection.IsPlainAll)
        {
            output.Write(issue.Fields);
            return;
        }

        if (selection.IsPlainNavigable)
        {
            output.Write(issue.Fields.AsSpan(0, issue.NavigableEnd));
            output.Write("}"u8);
            return;
        }

        output.Write("{"u8);
        var first = true;
        foreach (var span in issue.Spans.Where(s => selection.Includes(s.Field)))
        {
            output.Write(first ? ""u8 : ","u8);
            output.Write(issue.Fields.AsSpan(span.Start, span.End - span.Start));
            first = false;
        }

        output.Write("}"u8);
    }
}
