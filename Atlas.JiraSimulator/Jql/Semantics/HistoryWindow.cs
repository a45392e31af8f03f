namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>The WAS/CHANGED predicates of a clause: a time window, authors, and (CHANGED only) from/to values.</summary>
internal sealed class HistoryWindow
{
    public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

    public DateTimeOffset End { get; set; } = DateTimeOffset.MaxValue;

    public HashSet<string>? Authors { get; set; }

    public (HashSet<string> Ids, bool Empty)? From { get; set; }

    public (HashSet<string> Ids, bool Empty)? To { get; set; }

    /// <summary>WAS: the value was held at some moment inside the window, set by one of the authors.</summary>
    public bool Overlaps(HistorySegment segment) =>
        segment.From < End && (segment.To ?? DateTimeOffset.MaxValue) > Start &&
        (Authors is null || (segment.Author is { } a && Authors.Contains(a)));

    /// <summary>CHANGED: the change happened inside the window, by one of the authors, from/to the given values.</summary>
    public bool Accepts(DateTimeOffset at, string author, string? from, string? to) =>
        at >= Start && at <= End && (Authors is null || Authors.Contains(author)) && Holds(From, from) && Holds(To, to);

    public void Narrow(DateTimeOffset start, DateTimeOffset end)
    {
        Start = start > Start ? start : Start;
        End = end < End ? end : End;
    }

    private static bool Holds((HashSet<string> Ids, bool Empty)? expected, string? actual) =>
        expected is not { } e || (actual is null ? e.Empty : e.Ids.Contains(actual));
}
