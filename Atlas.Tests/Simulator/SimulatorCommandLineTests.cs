using Atlas.JiraSimulator.Hosting;

namespace Atlas.Tests.Simulator;

/// <summary>The simulator's command line: options map onto <c>SimulatorOptions</c>; bad input is a clear error.</summary>
public sealed class SimulatorCommandLineTests
{
    [Fact]
    public void Parse_AllOptions_MapOntoSimulatorOptions()
    {
        var result = CommandLine.Parse(["--tickets", "10000", "--port", "8090", "--seed", "5", "--projects", "ABC,DEF", "--timezone", "Asia/Kathmandu",
            "--locale", "de_DE", "--email", "me@example.com", "--token", "t0k3n", "--latency-ms", "300", "--requests-per-minute", "100",
            "--fault-rate", "0.1", "--search-lag-seconds", "5", "--clock-skew-minutes", "-3", "--quiet"]);

        var o = result.Options!;
        Assert.Null(result.Error);
        Assert.Equal((10000, 8090, 5), (o.Tickets, o.Port, o.Seed));
        Assert.Equal(["ABC", "DEF"], o.Projects);
        Assert.Equal(("Asia/Kathmandu", "de_DE", "me@example.com", "t0k3n"), (o.TimeZone, o.Locale, o.Email, o.ApiToken));
        Assert.Equal((TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(-3)), (o.Latency, o.SearchLag, o.ClockSkew));
        Assert.Equal(new Atlas.JiraSimulator.RateLimitOptions(10, 100 / 60.0), o.RateLimit);
        Assert.Equal(0.05, o.Faults.ServerErrorRate, 6);
        Assert.False(o.LogRequests);
    }

    [Theory]
    [InlineData(new[] { "--tickets", "many" }, "option '--tickets' expects a whole number, got 'many'.")]
    [InlineData(new[] { "--bogus" }, "unknown option '--bogus'.")]
    [InlineData(new[] { "--port" }, "option '--port' needs a value.")]
    [InlineData(new[] { "--fault-rate", "2" }, "option '--fault-rate' must be between 0 and 1, got 2.")]
    public void Parse_BadArguments_ReturnsAClearError(string[] args, string error)
    {
        var result = CommandLine.Parse(args);

        Assert.Null(result.Options);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Parse_Help_ShowsUsageNamingEveryOption()
    {
        var result = CommandLine.Parse(["--help"]);

        Assert.True(result.ShowHelp);
        Assert.All(new[] { "--tickets", "--port", "--seed", "--projects", "--timezone", "--locale", "--email", "--token", "--latency-ms",
            "--requests-per-minute", "--fault-rate", "--search-lag-seconds", "--clock-skew-minutes" }, o => Assert.Contains(o, CommandLine.Usage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsArgumentExceptionNamingTheProblem()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Atlas.JiraSimulator.SimulatedJira.StartAsync(new Atlas.JiraSimulator.SimulatorOptions { TimeZone = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }
}
