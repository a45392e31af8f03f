using System.Diagnostics.CodeAnalysis;

namespace Atlas.Core.Tickets;

/// <summary>The outcome of mapping one Jira issue: a <see cref="Ticket"/>, or the reason it was refused.</summary>
internal sealed record TicketMapResult
{
    private TicketMapResult(Ticket? ticket, TicketRejection? rejection)
    {
        Ticket = ticket;
        Rejection = rejection;
    }

    public Ticket? Ticket { get; }

    public TicketRejection? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Ticket))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Ticket is not null;

    public static TicketMapResult Accepted(Ticket ticket) => new(ticket, null);

    public static TicketMapResult Rejected(TicketRejection rejection) => new(null, rejection);
}

/// <summary>Why an issue from Jira was refused; names the issue and the field, never a secret.</summary>
/// <param name="Key">The issue key as Jira sent it (shortened), or null when absent.</param>
/// <param name="Id">The issue id as Jira sent it (shortened), or null when absent.</param>
/// <param name="Field">The offending field, e.g. <c>fields.created</c>.</param>
/// <param name="Reason">What is wrong with it.</param>
internal sealed record TicketRejection(string? Key, string? Id, string Field, string Reason)
{
    public string Message => $"Ticket {Key ?? "(no key)"} (id {Id ?? "none"}) rejected: {Field} {Reason}";

    public override string ToString() => Message;
}
