namespace Atlas.Core.Sync;

/// <summary>How far Jira's clock runs from Atlas's, from the server's <c>Date</c> header (whole seconds).</summary>
internal static class JiraClock
{
    /// <summary>Below this the difference is the header's rounding and request latency, not a skewed clock.</summary>
    public static readonly TimeSpan Noise = TimeSpan.FromSeconds(5);

    /// <summary>Jira's clock minus Atlas's at about the same moment; zero when unknown or within <see cref="Noise"/>.</summary>
    public static TimeSpan OffsetOf(DateTimeOffset? serverDate, DateTimeOffset localNow) =>
        serverDate is { } server && (server - localNow).Duration() > Noise ? server - localNow : TimeSpan.Zero;
}
