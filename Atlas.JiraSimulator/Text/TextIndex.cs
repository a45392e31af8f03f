using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Text;

/// <summary>A ticket version's stemmed tokens per text field, built on first text search and cached.</summary>
internal sealed class TextIndex
{
    private TextIndex(string[] summary, string[] description, string[] environment)
    {
        Summary = summary;
        Description = description;
        Environment = environment;
    }

    public string[] Summary { get; }

    public string[] Description { get; }

    public string[] Environment { get; }

    public static TextIndex Of(TicketVersion ticket)
    {
        if (ticket.Caches.TextIndex is TextIndex cached)
        {
            return cached;
        }

        var index = new TextIndex(Stems(ticket.Summary), Stems(ticket.Description?.PlainText), Stems(ticket.Environment?.PlainText));
        ticket.Caches.TextIndex = index;
        return index;
    }

    public static string[] Stems(string? text) => [.. Fts5Tokenizer.Tokenize(text).Select(PorterStemmer.Stem)];
}
