using System.Globalization;

namespace Atlas.Core.Storage;

/// <summary>
/// How instants are stored: INTEGER unix milliseconds (UTC) so they compare and sort as instants, plus, for Jira's own
/// times, the round-trip text that keeps the offset Jira rendered them in.
/// </summary>
internal static class StoreTime
{
    public static long ToMs(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static long? ToMs(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string ToText(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    public static string? ToText(DateTimeOffset? instant) => instant is { } value ? ToText(value) : null;

    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static string? ToText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DateFromText(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
