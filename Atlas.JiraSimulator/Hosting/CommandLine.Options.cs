using System.Globalization;

namespace Atlas.JiraSimulator.Hosting;

internal static partial class CommandLine
{
    private static readonly HashSet<string> Known =
    [
        "--tickets", "--port", "--seed", "--projects", "--users", "--timezone", "--locale", "--email", "--token",
        "--latency-ms", "--requests-per-minute", "--fault-rate", "--search-lag-seconds", "--clock-skew-minutes",
        "--full-page-cap", "--id-page-cap", "--quiet",
    ];

    public const string Usage = """
        Atlas Jira simulator: a stateful fake of Jira Cloud REST API v3 on 127.0.0.1.

        Usage: dotnet run --project Atlas.JiraSimulator -- [options]

        Options:
          --tickets N                 tickets to generate (default 1000)
          --port N                    port on 127.0.0.1 (default 8089; 0 = any free port)
          --seed N                    data seed; the same seed gives the same site (default 42)
          --projects K1,K2,...        project keys (default WRKA,WMB,QA,PAY,MOB)
          --users N                   generated users besides you (default 30)
          --timezone ZONE             your profile's IANA time zone (default America/Los_Angeles)
          --locale LOCALE             your profile's locale, e.g. en_US, de_DE (default en_US)
          --email EMAIL               the Basic-auth email (default qa.tester@example.com)
          --token TOKEN               the API token to accept (default: a fixed test token)
          --latency-ms N              delay added to every /rest call (default 0)
          --requests-per-minute N     burst rate limit; 429 + Retry-After beyond it (default: generous)
          --fault-rate P              probability 0-1 of an injected fault per call (default 0)
          --search-lag-seconds N      delay before edits reach search (default 0)
          --clock-skew-minutes N      server clock offset from this machine's clock (default 0)
          --full-page-cap N           largest search/jql page with fields (default 100)
          --id-page-cap N             largest search/jql page with only id/key (default 5000)
          --quiet                     no request log
          --help                      this text

        Control API (no auth): GET http://127.0.0.1:PORT/_simulator and /_simulator/... (see docs/simulator.md).
        Exit codes: 0 stopped normally, 1 could not start, 2 invalid arguments.
        """;

    private static SimulatorOptions Build(Dictionary<string, string> values)
    {
        var defaults = new SimulatorOptions();
        var rpm = Int(values, "--requests-per-minute", 0);
        return new SimulatorOptions
        {
            Tickets = Int(values, "--tickets", defaults.Tickets),
            Port = Int(values, "--port", 8089),
            Seed = Int(values, "--seed", defaults.Seed),
            Users = Int(values, "--users", defaults.Users),
            Projects = values.TryGetValue("--projects", out var p) ? [.. p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : defaults.Projects,
            TimeZone = values.GetValueOrDefault("--timezone", defaults.TimeZone),
            Locale = values.GetValueOrDefault("--locale", defaults.Locale),
            Email = values.GetValueOrDefault("--email", defaults.Email),
            ApiToken = values.GetValueOrDefault("--token", defaults.ApiToken),
            Latency = TimeSpan.FromMilliseconds(Int(values, "--latency-ms", 0)),
            RateLimit = rpm > 0 ? RateLimitOptions.PerMinute(rpm) : values.ContainsKey("--requests-per-minute") ? throw new FormatException("option '--requests-per-minute' must be positive.") : defaults.RateLimit,
            Faults = FaultOptions.Mixed(Probability(values)),
            SearchLag = TimeSpan.FromSeconds(Number(values, "--search-lag-seconds", 0)),
            ClockSkew = TimeSpan.FromMinutes(Number(values, "--clock-skew-minutes", 0)),
            FullPageCap = Int(values, "--full-page-cap", defaults.FullPageCap),
            IdPageCap = Int(values, "--id-page-cap", defaults.IdPageCap),
            LogRequests = !values.ContainsKey("--quiet"),
        };
    }

    private static double Probability(Dictionary<string, string> values)
    {
        var rate = Number(values, "--fault-rate", 0);
        return rate is >= 0 and <= 1 ? rate : throw new FormatException($"option '--fault-rate' must be between 0 and 1, got {rate.ToString(CultureInfo.InvariantCulture)}.");
    }

    public static string Banner(SimulatedJira simulator, SimulatorOptions options) => $"""
        Atlas Jira simulator is running with {options.Tickets} tickets in {string.Join(", ", options.Projects)}.
          Base URL:  {simulator.BaseUrl}
          Email:     {simulator.Email}
          API token: {simulator.ApiToken}   (a made-up test token)
          Control:   {simulator.BaseUrl}/_simulator

        Point Atlas at it:
          export Atlas__Jira__BaseUrl={simulator.BaseUrl}
          export Atlas__Jira__Email={simulator.Email}
          export Atlas__Jira__ApiToken={simulator.ApiToken}
          export Atlas__Jira__Projects={string.Join(',', options.Projects)}

        Press Ctrl+C to stop.
        """;
}
