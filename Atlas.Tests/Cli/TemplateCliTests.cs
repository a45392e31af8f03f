using System.Text.Json;

namespace Atlas.Tests.Cli;

/// <summary><c>atlas templates</c> and <c>atlas template NAME --param k=v</c>.</summary>
public sealed class TemplateCliTests(SyncedCli site) : IClassFixture<SyncedCli>
{
    [Fact]
    public async Task Templates_Json_ListsEveryTemplateInTheDesignShape()
    {
        var result = await site.Atlas.RunAsync("templates", "--json");

        Assert.Equal(0, result.ExitCode);
        var templates = result.Json.GetProperty("templates").EnumerateArray().ToList();
        Assert.InRange(templates.Count, 20, 100);
        Assert.All(templates, template =>
        {
            Assert.All(new[] { "name", "description", "jql", "parameters" }, field => Assert.True(template.TryGetProperty(field, out _), field));
            Assert.All(template.GetProperty("parameters").EnumerateArray(), parameter =>
                Assert.All(new[] { "name", "description", "default" }, field => Assert.True(parameter.TryGetProperty(field, out _), field)));
        });
        var myOpen = templates.Single(template => template.GetProperty("name").GetString() == "my-open");
        Assert.Equal("WRKA,WMB,QA,PAY,MOB", myOpen.GetProperty("parameters")[0].GetProperty("default").GetString());
    }

    [Fact]
    public async Task Templates_ForPeople_ATableWithNamesAndRequiredParameters()
    {
        var result = await site.Atlas.RunAsync("templates");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  my-open  ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  high-priority-without-due-date  ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(required)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("days=30", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_WithParameters_RunsTheRenderedQuery()
    {
        var template = await site.Atlas.RunAsync("template", "by-status", "--param", "status=To Do", "--param", "projects=WRKA,QA", "--offline", "--limit", "500", "--json");
        var search = await site.Atlas.RunAsync("search", "project IN (\"WRKA\", \"QA\") AND status = \"To Do\" ORDER BY updated DESC", "--offline", "--limit", "500", "--json");

        Assert.Equal((0, 0), (template.ExitCode, search.ExitCode));
        Assert.Equal("project IN (\"WRKA\", \"QA\") AND status = \"To Do\" ORDER BY updated DESC", template.Json.GetProperty("jql").GetString());
        Assert.Equal("cache", template.Json.GetProperty("source").GetString());
        Assert.NotEmpty(Keys(template.Json));
        Assert.Equal(Keys(search.Json), Keys(template.Json));
    }

    [Fact]
    public async Task Template_Auto_AnswersLiveAndSameAsOffline()
    {
        var live = await site.Atlas.RunAsync("template", "open-bugs", "--limit", "500", "--json");
        var offline = await site.Atlas.RunAsync("template", "open-bugs", "--offline", "--limit", "500", "--json");

        Assert.Equal((0, 0), (live.ExitCode, offline.ExitCode));
        Assert.Equal("live", live.Json.GetProperty("source").GetString());
        Assert.NotEmpty(Keys(live.Json));
        Assert.Equal(Keys(live.Json), Keys(offline.Json));
    }

    [Theory]
    [InlineData(new[] { "template", "no-such-template" }, "There is no template named 'no-such-template'.")]
    [InlineData(new[] { "template", "by-component" }, "Template 'by-component' needs --param component=")]
    [InlineData(new[] { "template", "my-open", "--param", "colour=red" }, "Template 'my-open' has no parameter 'colour'; it takes: projects.")]
    [InlineData(new[] { "template", "stale", "--param", "days=forever" }, "Template 'stale': days must be a whole number from 1 to 36500, not 'forever'.")]
    [InlineData(new[] { "template", "stale", "--param", "days" }, "--param takes NAME=VALUE, not 'days'.")]
    public async Task Template_BadNameOrParameter_ExitsTwoSayingWhy(string[] args, string message)
    {
        var json = await site.Atlas.RunAsync([.. args, "--json"]);
        var human = await site.Atlas.RunAsync(args);

        Assert.Equal((2, 2), (json.ExitCode, human.ExitCode));
        Assert.StartsWith(message, json.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(message, human.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ValueWithQuotes_StaysOneValue()
    {
        var result = await site.Atlas.RunAsync("template", "regressions", "--param", "label=x\" OR project = WRKA OR labels = \"y", "--offline", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Json.GetProperty("count").GetInt32());
    }

    private static List<string> Keys(JsonElement json) =>
        [.. json.GetProperty("issues").EnumerateArray().Select(issue => issue.GetProperty("key").GetString()!)];
}
