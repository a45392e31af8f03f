using Atlas.Core;
using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Atlas.Core.Jira.Mcp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Atlas.Tests.Configuration;

public sealed class JiraMcpOptionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Atlas:Jira:BaseUrl"] = "https://example.atlassian.net",
        ["Atlas:Jira:Email"] = "tester@example.com",
        ["Atlas:Jira:ApiToken"] = "token-value",
        ["Atlas:Jira:Projects"] = "WRKA",
    };

    [Fact]
    public void Value_NothingSet_IsRovoOverHttp()
    {
        var mcp = Resolve(Valid).Jira.Mcp;

        Assert.Equal(("http", JiraMcpOptions.RovoUrl, "rovo"), (mcp.Transport, mcp.Url, mcp.Profile));
        Assert.Equal("searchJiraIssuesUsingJql", mcp.Tools.Search);
    }

    [Fact]
    public void Value_StdioWithCommaSeparatedLists_BindsEachItem()
    {
        var mcp = Resolve(With(("Atlas:Jira:Mcp:Transport", "stdio"), ("Atlas:Jira:Mcp:Command", "node"),
            ("Atlas:Jira:Mcp:Arguments", "server.js, --quiet"), ("Atlas:Jira:Mcp:Environment", "JIRA_URL={BaseUrl},JIRA_API_TOKEN={ApiToken}"))).Jira.Mcp;

        Assert.Equal(["server.js", "--quiet"], mcp.Arguments);
        Assert.Equal(["JIRA_URL={BaseUrl}", "JIRA_API_TOKEN={ApiToken}"], mcp.Environment);
    }

    [Theory]
    [InlineData("Atlas:Jira:Mcp:Transport", "sse", "Atlas:Jira:Mcp:Transport must be http or stdio")]
    [InlineData("Atlas:Jira:Mcp:Transport", "stdio", "Atlas:Jira:Mcp:Command is missing")]
    [InlineData("Atlas:Jira:Mcp:Url", "http://mcp.example.com/v1/mcp", "Atlas:Jira:Mcp:Url must use https")]
    [InlineData("Atlas:Jira:Mcp:Profile", "sooperset", "Atlas:Jira:Mcp:Profile must be rovo, nexus or custom")]
    [InlineData("Atlas:Jira:Mcp:Environment", "JUST_A_NAME", "Atlas:Jira:Mcp:Environment has 'JUST_A_NAME'")]
    [InlineData("Atlas:Jira:Mcp:Tools:Search", "", "Atlas:Jira:Mcp:Tools:Search must name a tool")]
    public void Value_BadMcpSetting_FailureNamesTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(With((key, value))));

        Assert.Contains(error.Failures, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ChildEnvironment_Placeholders_AreFilledFromTheJiraSettings()
    {
        var jira = Resolve(Valid).Jira;

        var environment = McpTransports.ChildEnvironment(jira, ["JIRA_BASE_URL={BaseUrl}", "JIRA_EMAIL={Email}", "JIRA_API_TOKEN={ApiToken}", "MODE=read-only"]);

        Assert.Equal("https://example.atlassian.net", environment["JIRA_BASE_URL"]);
        Assert.Equal("tester@example.com", environment["JIRA_EMAIL"]);
        Assert.Equal("token-value", environment["JIRA_API_TOKEN"]);
        Assert.Equal("read-only", environment["MODE"]);
    }

    [Fact]
    public void JiraApi_UseMcp_IsTheMcpClientAndOtherwiseRest()
    {
        using var rest = Provider(Valid);
        using var mcp = Provider(With(("Atlas:Jira:UseMcp", "true")));

        Assert.IsType<JiraClient>(rest.GetRequiredService<IJiraApi>());
        Assert.IsType<McpJiraClient>(mcp.GetRequiredService<IJiraApi>());
    }

    private static Dictionary<string, string?> With(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    private static AtlasOptions Resolve(Dictionary<string, string?> settings)
    {
        using var provider = Provider(settings);
        return provider.GetRequiredService<IOptions<AtlasOptions>>().Value;
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddAtlasCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
}
