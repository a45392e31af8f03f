namespace Atlas.JiraSimulator;

/// <summary>How a simulated Jira Cloud site is generated and behaves. Every value has a working default.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Number of tickets generated at start (0 or more).</summary>
    public int Tickets { get; init; } = 1000;

    /// <summary>Seed of the data generator; the same seed gives the same site.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Project keys (uppercase letters/digits, starting with a letter).</summary>
    public IReadOnlyList<string> Projects { get; init; } = ["WRKA", "WMB", "QA", "PAY", "MOB"];

    /// <summary>Number of generated users besides the API user (20–50 is realistic).</summary>
    public int Users { get; init; } = 30;

    /// <summary>Email of the API user (the Basic-auth user name).</summary>
    public string Email { get; init; } = "qa.tester@example.com";

    /// <summary>
    /// The made-up API token the simulator accepts. Deliberately not in Atlassian's <c>ATATT…</c> shape, so secret
    /// scanners and readers never mistake it for a real token.
    /// </summary>
    public string ApiToken { get; init; } = "simulator-token-not-a-secret";

    /// <summary>IANA time zone of the API user's profile (JQL dates and rendered timestamps use it).</summary>
    public string TimeZone { get; init; } = "America/Los_Angeles";

    /// <summary>Locale of the API user's profile (decides the first day of the week for startOfWeek()).</summary>
    public string Locale { get; init; } = "en_US";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The clock; tests pass a FakeTimeProvider. The server clock is this plus <see cref="ClockSkew"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How far the server clock is ahead of (or behind) <see cref="TimeProvider"/>.</summary>
    public TimeSpan ClockSkew { get; init; }

    /// <summary>Wall-clock delay added to every /rest call.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>How long an edit takes to become visible to search/jql and approximate-count.</summary>
    public TimeSpan SearchLag { get; init; }

    /// <summary>The burst token bucket; the default is generous.</summary>
    public RateLimitOptions RateLimit { get; init; } = RateLimitOptions.Generous;

    /// <summary>Random fault injection; none by default.</summary>
    public FaultOptions Faults { get; init; } = FaultOptions.None;

    /// <summary>Largest search/jql page when fields other than id/key are requested.</summary>
    public int FullPageCap { get; init; } = 100;

    /// <summary>Largest search/jql page when only id and/or key are requested.</summary>
    public int IdPageCap { get; init; } = 5000;

    /// <summary>Write a console log line per request (the CLI turns it on).</summary>
    public bool LogRequests { get; init; }
}
