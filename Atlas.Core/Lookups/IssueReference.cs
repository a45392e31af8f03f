using System.Globalization;
using System.Text.RegularExpressions;

namespace Atlas.Core.Lookups;

/// <summary>What a person typed to name an issue: a key (<c>WRKA-12</c>, any case) or a numeric id.</summary>
internal sealed partial record IssueReference(string Text, long? Id)
{
    public static IssueReference Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return new IssueReference(trimmed, id);
        }

        return IssueKey().IsMatch(trimmed)
            ? new IssueReference(trimmed.ToUpperInvariant(), null)
            : throw new ArgumentException($"'{Shorten(trimmed)}' is not a Jira issue key (like WRKA-12) or id (like 10042).", nameof(text));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]{0,17}$")]
    private static partial Regex IssueKey();
}
