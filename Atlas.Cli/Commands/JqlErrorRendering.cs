using Atlas.Core.Jql;

namespace Atlas.Cli.Commands;

/// <summary>
/// A JQL error for people: the query line, a caret under the error's position with the rest of its length underlined,
/// and the message.
/// </summary>
internal static class JqlErrorRendering
{
    public static void Write(TextWriter writer, string jql, IReadOnlyList<JqlError> errors)
    {
        foreach (var error in errors)
        {
            var (line, marker) = Marker(jql, error);
            writer.WriteLine("  " + line);
            writer.WriteLine("  " + marker);
            writer.WriteLine("  " + error.Message);
        }
    }

    /// <summary>The line of <paramref name="jql"/> holding the error, and the caret line beneath it (tabs kept so it lines up).</summary>
    public static (string Line, string Marker) Marker(string jql, JqlError error)
    {
        var position = Math.Clamp(error.Position, 0, jql.Length);
        var start = position == 0 ? 0 : jql.LastIndexOf('\n', position - 1) + 1;
        var end = jql.IndexOf('\n', position) is var newline and >= 0 ? newline : jql.Length;
        var line = jql[start..end].TrimEnd('\r');
        var indent = string.Concat(jql[start..position].Select(c => c == '\t' ? '\t' : ' '));
        var underline = Math.Max(0, Math.Min(error.Length, line.Length - (position - start)) - 1);
        return (line, indent + "^" + new string('~', underline));
    }
}
