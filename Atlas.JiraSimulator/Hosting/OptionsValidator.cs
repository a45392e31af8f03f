using System.Text.RegularExpressions;
using Atlas.JiraSimulator.Behaviour;

namespace Atlas.JiraSimulator.Hosting;

/// <summary>Rejects options the simulator cannot honour, with a message that names the option.</summary>
internal static partial class OptionsValidator
{
    public static void Validate(SimulatorOptions options)
    {
        Require(options.Tickets >= 0, "Tickets must be 0 or more.");
        Require(options.Users is >= 3 and <= 500, "Users must be between 3 and 500.");
        Require(options.Port is >= 0 and <= 65535, "Port must be between 0 and 65535.");
        Require(options.Projects.Count > 0, "At least one project key is needed.");
        Require(options.Projects.All(p => ProjectKey().IsMatch(p)), "Project keys are uppercase letters and digits starting with a letter, e.g. WRKA.");
        Require(options.Projects.Distinct().Count() == options.Projects.Count, "Project keys must be unique.");
        Require(!string.IsNullOrWhiteSpace(options.Email) && options.Email.Contains('@', StringComparison.Ordinal), "Email must be an email address.");
        Require(!string.IsNullOrWhiteSpace(options.ApiToken) && !options.ApiToken.Contains(':', StringComparison.Ordinal), "The API token must be non-empty and contain no ':'.");
        Require(options.FullPageCap > 0 && options.IdPageCap > 0, "Page caps must be positive.");
        Require(options.RateLimit.Capacity > 0 && options.RateLimit.RefillPerSecond >= 0, "The rate limit needs a positive capacity.");
        Require(options.SearchLag >= TimeSpan.Zero && options.Latency >= TimeSpan.Zero, "Search lag and latency cannot be negative.");
        _ = ProfileSettings.Create(options.TimeZone, options.Locale);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}$")]
    private static partial Regex ProjectKey();
}
