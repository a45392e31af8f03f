namespace Atlas.JiraSimulator.Model;

/// <summary>
/// Derived data of one <see cref="TicketVersion"/>, computed on first use. Writes race benignly: two threads may
/// both compute the same value and one wins.
/// </summary>
internal sealed class TicketCaches
{
    public object? Rendered { get; set; }

    public object? TextIndex { get; set; }
}
