using Atlas.Core.Search;
using Atlas.Core.Templates;
using Atlas.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Templates;

/// <summary>
/// Every built-in template, with its defaults (and a value for each required parameter), is valid JQL the cache can
/// answer, and Jira (the simulator) and the synced cache answer it with the same tickets in the same order.
/// </summary>
public sealed class TemplateEquivalenceTests(LosAngelesSite site) : IClassFixture<LosAngelesSite>
{
    public static TheoryData<string> Names() => [.. JqlTemplateCatalog.All.Select(template => template.Name)];

    private TemplateService Templates => site.Services.GetRequiredService<TemplateService>();

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryTemplate_IsValidAndRunsOffline(string name)
    {
        var jql = Templates.Render(name, RequiredValues(name));

        var validation = site.Search.Validate(jql);

        Assert.True(validation.Valid, $"{name}: {jql}: {string.Join(" ", validation.Errors.Select(e => e.Message))}");
        Assert.True(validation.CanRunOffline, $"{name}: {jql}: {string.Join(" ", validation.NeedsJira.Select(e => e.Message))}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public Task RunAsync_EveryTemplate_SameKeysLiveAndOffline(string name) =>
        EquivalenceAssert.SameKeysAsync(site.Search, Templates.Render(name, RequiredValues(name)), allowEmpty: true);

    [Fact]
    public async Task RunAsync_Templates_MostFindTickets()
    {
        var empty = new List<string>();
        foreach (var template in JqlTemplateCatalog.All)
        {
            var response = await Templates.RunAsync(template.Name, RequiredValues(template.Name), SearchSource.Offline);
            Assert.Equal(SearchOutcome.Found, response.Outcome);
            if (response.Results!.Count == 0)
            {
                empty.Add(template.Name);
            }
        }

        // The site is edited so nearly every template finds something; an empty answer proves little about equivalence.
        Assert.True(empty.Count <= 3, $"templates that find nothing on the test site: {string.Join(", ", empty)}");
    }

    [Fact]
    public async Task RunAsync_GivenParameters_AreUsed()
    {
        var response = await Templates.RunAsync("regressions", new Dictionary<string, string> { ["label"] = "Flaky-UI", ["projects"] = "WRKA" }, SearchSource.Offline);

        Assert.Equal(["WRKA-1"], response.Results!.Issues.Select(issue => issue.Key));
    }

    /// <summary>Values for the parameters without a default, taken from what the site holds.</summary>
    private Dictionary<string, string> RequiredValues(string name) => name switch
    {
        "by-component" => new() { ["component"] = site.Values["component"] },
        "by-fix-version" => new() { ["version"] = "1.0" },
        "assigned-to" => new() { ["user"] = site.Values["asciiUserId"] },
        "children" => new() { ["issue"] = site.Values["epic"] },
        "text" => new() { ["words"] = "login" },
        _ => [],
    };
}
