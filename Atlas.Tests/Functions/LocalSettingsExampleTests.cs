using System.Reflection;
using System.Text.Json;
using Atlas.Core.Configuration;
using Atlas.Core.Scheduling;
using Atlas.Functions;
using Atlas.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Atlas.Tests.Functions;

/// <summary>local.settings.json.example and host.json are what a user copies and runs with; they must be complete and valid.</summary>
public sealed class LocalSettingsExampleTests
{
    [Fact]
    public void Example_HostSettings_AreThoseCoreToolsAndTheTimerNeed()
    {
        var values = ExampleValues();

        Assert.Equal("dotnet-isolated", values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
        Assert.Equal("0 0 6 * * *", values["SyncSchedule"]);
    }

    [Fact]
    public void Example_EveryAtlasSetting_IsListed()
    {
        var listed = ExampleValues().Keys.Where(k => k.StartsWith("Atlas__", StringComparison.Ordinal)).ToHashSet();
        var settings = SettingKeys(typeof(AtlasOptions), "Atlas")
            .Concat(SettingKeys(typeof(SyncRetryOptions), "Atlas__Sync"))
            .ToList();

        Assert.All(settings, key => Assert.Contains(key, listed));
        Assert.All(listed, key => Assert.Contains(key, settings));
    }

    [Fact]
    public void Example_WithATokenFilledIn_StartsWithEveryDefault()
    {
        var values = ExampleValues().ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value);
        values["Atlas:Jira:ApiToken"] = "a-token";
        using var host = FunctionsHarness.BuildHost(values);

        Assert.Null(AtlasFunctionsApp.StartupProblem(host.Services));
        var options = host.Services.GetRequiredService<IOptions<AtlasOptions>>().Value;
        var defaults = new AtlasOptions();
        Assert.Equal("0 0 6 * * *", options.Sync.Schedule);
        Assert.Equal(
            (defaults.Sync.Frequency, defaults.Sync.AutoSync, defaults.Sync.ConflictResolution, defaults.Sync.Overlap, defaults.Sync.LeaseDuration, defaults.Cache.Ttl, defaults.Jira.RequestsPerMinute, defaults.Jira.RequestTimeout, defaults.Jira.MaxRetries, defaults.Jira.RetryBaseDelay),
            (options.Sync.Frequency, options.Sync.AutoSync, options.Sync.ConflictResolution, options.Sync.Overlap, options.Sync.LeaseDuration, options.Cache.Ttl, options.Jira.RequestsPerMinute, options.Jira.RequestTimeout, options.Jira.MaxRetries, options.Jira.RetryBaseDelay));
        Assert.Null(options.Notifications.WebhookUrl);
        Assert.Equal((defaults.Sync.ManualFor, defaults.Sync.FallbackResolution, defaults.Sync.CriticalJql), (options.Sync.ManualFor, options.Sync.FallbackResolution, options.Sync.CriticalJql));
        Assert.Equal(SyncOptions.DefaultCriticalPriorities, options.Sync.CriticalPriorities);
        var retry = host.Services.GetRequiredService<IOptions<SyncRetryOptions>>().Value;
        Assert.Equal((3, TimeSpan.FromMinutes(1)), (retry.MaxAttempts, retry.RetryDelay));
    }

    [Fact]
    public void HostJson_RoutePrefixIsApiAndTheTimeoutOutlastsTheRetries()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")));
        var root = document.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.True(TimeSpan.Parse(root.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= TimeSpan.FromMinutes(30));
    }

    private static Dictionary<string, string> ExampleValues()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.json.example")));
        return document.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    // Settable properties, depth first: option sections are classes of Atlas.Core; anything else is a setting.
    private static IEnumerable<string> SettingKeys(Type options, string prefix) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .SelectMany(p => p.PropertyType.IsClass && p.PropertyType.Namespace?.StartsWith("Atlas.Core", StringComparison.Ordinal) == true
                ? SettingKeys(p.PropertyType, $"{prefix}__{p.Name}")
                : [$"{prefix}__{p.Name}"]);
}
