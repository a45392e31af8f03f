namespace Atlas.JiraSimulator.Rendering;

/// <summary>
/// A ticket version rendered once for one time zone: the `id/self/key` members, and the complete `fields` object
/// with the byte range of each member so any field selection is assembled by copying.
/// </summary>
internal sealed class RenderedIssue
{
    public required string ZoneId { get; init; }

    /// <summary>Parent and children revisions this rendering embedded (their summaries and statuses).</summary>
    public required long FamilyStamp { get; init; }

    /// <summary>`"id":"10001","self":"…","key":"WRKA-1"` without braces.</summary>
    public required byte[] Head { get; init; }

    /// <summary>The full `fields` object (navigable members first).</summary>
    public required byte[] Fields { get; init; }

    public required FieldSpan[] Spans { get; init; }

    /// <summary>End offset of the last navigable member in <see cref="Fields"/>.</summary>
    public required int NavigableEnd { get; init; }
}

/// <summary>Where one `"name":value` member sits in <see cref="RenderedIssue.Fields"/> (no leading comma).</summary>
internal readonly record struct FieldSpan(IssueField Field, int Start, int End);
