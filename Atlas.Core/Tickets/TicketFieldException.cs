namespace Atlas.Core.Tickets;

/// <summary>Raised inside <see cref="TicketReader"/> when a field is unusable; the mapper turns it into a rejection.</summary>
internal sealed class TicketFieldException(string field, string reason) : Exception($"{field} {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;
}
