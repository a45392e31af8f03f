namespace Atlas.Core.Tickets;

/// <summary>Sizes beyond which an issue from Jira is taken for corrupt and refused rather than stored.</summary>
internal static class TicketLimits
{
    /// <summary>Jira caps summaries at 255 characters; allow for multi-byte counting differences.</summary>
    public const int SummaryChars = 255 * 4;

    /// <summary>UTF-8 bytes of a description (ADF JSON or plain text).</summary>
    public const int DescriptionBytes = 1024 * 1024;

    /// <summary>Labels, components or fix versions on one issue.</summary>
    public const int ListItems = 1000;

    /// <summary>Short enough to quote a bad value in a rejection.</summary>
    public const int QuotedChars = 40;
}
