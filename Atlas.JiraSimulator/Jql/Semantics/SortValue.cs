namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// One ORDER BY key of a ticket: text (compared case-insensitively) then number. Empty values sort after all
/// others ascending, and so first descending.
/// </summary>
internal readonly record struct SortValue(bool IsNull, string? Text, double Number) : IComparable<SortValue>
{
    public static SortValue Null { get; } = new(true, null, 0);

    public static SortValue Of(string? text, double number = 0) => text is null ? Null : new(false, text, number);

    public static SortValue Of(double? number) => number is { } n ? new(false, null, n) : Null;

    public int CompareTo(SortValue other)
    {
        if (IsNull || other.IsNull)
        {
            return IsNull.CompareTo(other.IsNull);
        }

        var text = string.Compare(Text, other.Text, StringComparison.OrdinalIgnoreCase);
        return text != 0 ? text : Number.CompareTo(other.Number);
    }
}
