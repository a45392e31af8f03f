using System.Globalization;
using Atlas.JiraSimulator.Hosting;

namespace Atlas.JiraSimulator;

/// <summary>
/// The test handle of a running simulator: edit its data, turn its behaviour knobs and read its request counters.
/// Thread-safe; edits are visible to GET issue and bulkfetch at once and to search after the search lag.
/// Unknown tickets throw <see cref="KeyNotFoundException"/>; invalid values throw <see cref="ArgumentException"/>.
/// </summary>
public sealed partial class SimulatorControl
{
    private readonly SimulatorSite _site;

    internal SimulatorControl(SimulatorSite site) => _site = site;

    /// <summary>The server clock (injected TimeProvider plus skew).</summary>
    public DateTimeOffset Now => _site.Clock.Now;

    public TimeSpan ClockSkew
    {
        get => _site.Clock.Skew;
        set => _site.Clock.Skew = value;
    }

    /// <summary>How long before an edit becomes visible to search/jql and approximate-count.</summary>
    public TimeSpan SearchLag
    {
        get => _site.Settings.SearchLag;
        set => _site.Settings.SearchLag = value;
    }

    /// <summary>Wall-clock delay added to every /rest call.</summary>
    public TimeSpan Latency
    {
        get => _site.Settings.Latency;
        set => _site.Settings.Latency = value;
    }

    /// <summary>Setting it refills the bucket.</summary>
    public RateLimitOptions RateLimit
    {
        get => _site.RateLimiter.Options;
        set => _site.RateLimiter.Options = value;
    }

    /// <summary>Random fault rates; setting it restarts the seeded schedule.</summary>
    public FaultOptions Faults
    {
        get => _site.Faults.Options;
        set => _site.Faults.Options = value;
    }

    /// <summary>Largest search/jql page when fields are requested.</summary>
    public int FullPageCap
    {
        get => _site.Settings.FullPageCap;
        set => _site.Settings.FullPageCap = value;
    }

    /// <summary>Largest search/jql page when only id/key are requested.</summary>
    public int IdPageCap
    {
        get => _site.Settings.IdPageCap;
        set => _site.Settings.IdPageCap = value;
    }

    public string UserTimeZone => _site.Profile.Settings.TimeZoneId;

    public string UserLocale => _site.Profile.Settings.Locale;

    /// <summary>Requests per endpoint since start or the last reset, e.g. `Counters["POST /rest/api/3/search/jql"]`.</summary>
    public IReadOnlyDictionary<string, long> Counters => _site.Counters.Snapshot();

    public void ResetCounters() => _site.Counters.Reset();

    /// <summary>Fails the next <paramref name="count"/> /rest calls (to <paramref name="endpoint"/>, a path suffix such as `/search/jql`, if given).</summary>
    public void FailNext(int count, FaultKind kind, string? endpoint = null) => _site.Faults.FailNext(count, kind, endpoint);

    /// <summary>Drops scripted faults and sets every random rate to zero.</summary>
    public void ClearFaults()
    {
        _site.Faults.ClearScripted();
        _site.Faults.Options = FaultOptions.None;
    }

    /// <exception cref="ArgumentException">Unknown IANA time zone.</exception>
    public void SetUserTimeZone(string timeZone) => _site.Profile.Set(timeZone, null);

    /// <exception cref="ArgumentException">Unknown locale.</exception>
    public void SetUserLocale(string locale) => _site.Profile.Set(null, locale);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
