using System.Globalization;
using Atlas.Core.Tickets;

namespace Atlas.Core.Conflicts;

/// <summary>
/// The synced fields a tester may override locally, and their canonical text: what the store keeps, the three-way
/// merge compares and the inbox shows. Null is an empty field. Labels are sorted and comma-joined (Jira's order of
/// labels carries no meaning), due dates are <c>yyyy-MM-dd</c>, the assignee is the display name.
/// </summary>
public static class MergeFields
{
    public const string Summary = "summary";
    public const string Status = "status";
    public const string Priority = "priority";
    public const string Assignee = "assignee";
    public const string Labels = "labels";
    public const string DueDate = "dueDate";

    private const int MaxSummary = 255;

    public static IReadOnlyList<string> All { get; } = [Summary, Status, Priority, Assignee, Labels, DueDate];

    /// <summary>The field's canonical name (any case; <c>due</c> and <c>duedate</c> name the due date), or null when it is not a synced field.</summary>
    public static string? Find(string name) =>
        name.Trim().ToUpperInvariant() switch
        {
            "DUE" or "DUE_DATE" => DueDate,
            var upper => All.FirstOrDefault(f => string.Equals(f, upper, StringComparison.OrdinalIgnoreCase)),
        };

    /// <summary>The canonical value of <paramref name="field"/> on <paramref name="ticket"/>.</summary>
    internal static string? ValueOf(Ticket ticket, string field) => field switch
    {
        Summary => ticket.Summary,
        Status => ticket.Status,
        Priority => ticket.Priority,
        Assignee => ticket.Assignee?.DisplayName,
        Labels => JoinLabels(ticket.Labels),
        DueDate => ticket.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a mergeable field."),
    };

    /// <summary>
    /// <paramref name="ticket"/> showing <paramref name="value"/> in <paramref name="field"/>. An overriding assignee keeps
    /// <paramref name="accountId"/> when a synced user has that name, else an empty account id (a name Atlas cannot place).
    /// </summary>
    internal static Ticket Apply(Ticket ticket, string field, string? value, string? accountId = null) => field switch
    {
        Summary => ticket with { Summary = value ?? ticket.Summary },
        Status => ticket with { Status = value ?? ticket.Status },
        Priority => ticket with { Priority = value },
        Assignee => ticket with { Assignee = value is null ? null : new TicketUser(accountId ?? "", value) },
        Labels => ticket with { Labels = SplitLabels(value) },
        DueDate => ticket with { DueDate = value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) },
        _ => ticket,
    };

    /// <summary>The canonical form of what a person typed; empty text clears the field where Jira allows an empty one.</summary>
    /// <exception cref="ArgumentException">The value is not acceptable for the field.</exception>
    public static string? Normalize(string field, string? text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return field switch
        {
            Summary or Status when value is null => throw new ArgumentException($"The {field} cannot be empty in Jira, so it cannot be cleared locally either."),
            Summary when value!.Length > MaxSummary => throw new ArgumentException($"A summary has at most {MaxSummary} characters."),
            Labels => value is null ? null : JoinLabels(value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)),
            DueDate => value is null ? null : NormalizeDate(value),
            _ => value,
        };
    }

    /// <summary>The labels of a canonical value, in their canonical order.</summary>
    internal static IReadOnlyList<string> SplitLabels(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries);

    internal static string? JoinLabels(IEnumerable<string> labels)
    {
        var sorted = labels.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null : string.Join(',', sorted);
    }

    private static string NormalizeDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new ArgumentException($"'{value}' is not a due date; write it as yyyy-MM-dd.");
}
