using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Applies a ticket's <see cref="TicketCorruption"/> while it is rendered; healthy tickets pass through.</summary>
internal static class CorruptionWriter
{
    private static readonly string Huge = new('A', 5 * 1024 * 1024);

    public static bool Omits(TicketVersion ticket, IssueField field) =>
        ticket.Corruption == TicketCorruption.MissingRequiredFields && field.Id == "status";

    public static void Write(Utf8JsonWriter w, IssueField field, TicketVersion ticket, RenderContext context)
    {
        switch (ticket.Corruption, field.Id)
        {
            case (TicketCorruption.UnparsableUpdated, "updated"):
                w.WriteStringValue("yesterday at 5pm");
                break;
            case (TicketCorruption.SummaryIsNumber, "summary"):
                w.WriteNumberValue(12345);
                break;
            case (TicketCorruption.HugeSummary, "summary"):
                w.WriteStringValue(Huge);
                break;
            case (TicketCorruption.MissingRequiredFields, "created"):
                w.WriteNullValue();
                break;
            default:
                field.Write(w, ticket, context);
                break;
        }
    }
}
