using Atlas.Core;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Atlas.Tests.Configuration;

public sealed class AtlasOptionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Atlas:Jira:BaseUrl"] = "https://example.atlassian.net",
        ["Atlas:Jira:Email"] = "tester@example.com",
        ["Atlas:Jira:ApiToken"] = "token-value",
        ["Atlas:Jira:Projects:0"] = "WRKA",
    };

    [Fact]
    public void Value_CompleteSettings_BindsWithDefaults()
    {
        var options = Resolve(Valid);

        Assert.Equal(new Uri("https://example.atlassian.net"), options.Jira.BaseUrl);
        Assert.Equal(["WRKA"], options.Jira.Projects);
        Assert.Equal(100, options.Jira.RequestsPerMinute);
        Assert.Equal(TimeSpan.FromHours(1), options.Cache.Ttl);
        Assert.Equal(SyncFrequency.Daily, options.Sync.Frequency);
        Assert.Equal("JIRA_WINS", options.Sync.ConflictResolution);
        Assert.EndsWith(Path.Combine("Atlas", "atlas.db"), options.Database.EffectivePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_SeedAliasesAndCommaSeparatedProjects_AreAccepted()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["JIRA_URL"] = "https://example.atlassian.net",
            ["JIRA_EMAIL"] = "tester@example.com",
            ["JIRA_API_TOKEN"] = "token-value",
            ["Atlas:Jira:Projects"] = "wrka, WMB,WRKA",
        });

        Assert.Equal(new Uri("https://example.atlassian.net"), options.Jira.BaseUrl);
        Assert.Equal("tester@example.com", options.Jira.Email);
        Assert.Equal(["WRKA", "WMB"], options.Jira.Projects);
    }

    [Theory]
    [InlineData("Atlas:Jira:BaseUrl", null, "Atlas:Jira:BaseUrl is missing")]
    [InlineData("Atlas:Jira:Email", null, "Atlas:Jira:Email is missing")]
    [InlineData("Atlas:Jira:ApiToken", "", "Atlas:Jira:ApiToken is missing")]
    [InlineData("Atlas:Jira:Projects:0", null, "Atlas:Jira:Projects is missing")]
    [InlineData("Atlas:Jira:Projects:0", "not a key", "Atlas:Jira:Projects has 'NOT A KEY'")]
    [InlineData("Atlas:Jira:BaseUrl", "http://jira.example.com", "Atlas:Jira:BaseUrl must use https")]
    [InlineData("Atlas:Jira:BaseUrl", "jira.example.com", "Atlas:Jira:BaseUrl must be an absolute URL")]
    [InlineData("Atlas:Jira:RequestsPerMinute", "0", "Atlas:Jira:RequestsPerMinute must be between")]
    [InlineData("Atlas:Sync:ConflictResolution", "OURS", "Atlas:Sync:ConflictResolution must be")]
    [InlineData("Atlas:Sync:FallbackResolution", "MANUAL", "Atlas:Sync:FallbackResolution must be JIRA_WINS, LOCAL_WINS or NEWEST_WINS")]
    [InlineData("Atlas:Sync:CriticalJql", "priority =", "Atlas:Sync:CriticalJql 'priority =' cannot be used")]
    [InlineData("Atlas:Sync:CriticalJql", "status CHANGED", "Atlas:Sync:CriticalJql 'status CHANGED' cannot be used")]
    public void Value_BadSetting_FailureNamesTheKey(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(settings));

        Assert.Contains(error.Failures, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8089")]
    [InlineData("http://localhost:8089")]
    public void Value_PlainHttpOnLoopback_IsAllowed(string url)
    {
        var options = Resolve(new Dictionary<string, string?>(Valid) { ["Atlas:Jira:BaseUrl"] = url });

        Assert.Equal(new Uri(url), options.Jira.BaseUrl);
    }

    [Fact]
    public void Value_ExampleFileShapeWithEmptyOptionalSettings_IsValid()
    {
        var options = Resolve(new Dictionary<string, string?>(Valid)
        {
            ["Atlas:Notifications:WebhookUrl"] = "",
            ["Atlas:Database:Path"] = "",
            ["Atlas:Sync:Schedule"] = "",
        });

        Assert.Null(options.Notifications.WebhookUrl);
        Assert.Equal(DatabaseOptions.DefaultPath, options.Database.EffectivePath);
    }

    private static AtlasOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddAtlasCore(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<AtlasOptions>>().Value;
    }
}
