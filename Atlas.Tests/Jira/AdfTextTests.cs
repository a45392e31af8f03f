using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Tests.Support;

namespace Atlas.Tests.Jira;

public sealed class AdfTextTests
{
    private const string Rich = """
        {"type":"doc","version":1,"content":[
          {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Login fails"}]},
          {"type":"paragraph","content":[
            {"type":"text","text":"Reported by "},
            {"type":"mention","attrs":{"id":"5b10a2844c20165700ede21g","text":"@Mia Krystof"}},
            {"type":"text","text":" "},
            {"type":"emoji","attrs":{"shortName":":warning:","text":"⚠️"}},
            {"type":"hardBreak"},
            {"type":"text","text":"see ","marks":[{"type":"strong"}]},
            {"type":"text","text":"the runbook","marks":[{"type":"link","attrs":{"href":"https://wiki.example.com/runbook"}}]},
            {"type":"text","text":" and "},
            {"type":"inlineCard","attrs":{"url":"https://example.atlassian.net/browse/WRKA-2"}}]},
          {"type":"bulletList","content":[
            {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"open the app"}]},
              {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"on Android"}]}]}]}]},
            {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"tap Login"}]}]}]},
          {"type":"orderedList","attrs":{"order":3},"content":[
            {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"third"}]}]},
            {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"fourth"}]}]}]},
          {"type":"codeBlock","attrs":{"language":"bash"},"content":[{"type":"text","text":"curl -i /login\necho done"}]},
          {"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"quoted"}]}]},
          {"type":"panel","attrs":{"panelType":"warning"},"content":[{"type":"paragraph","content":[{"type":"text","text":"careful"}]}]},
          {"type":"rule"},
          {"type":"table","content":[
            {"type":"tableRow","content":[{"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Browser"}]}]},
                                          {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Result"}]}]}]},
            {"type":"tableRow","content":[{"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"Firefox"}]}]},
                                          {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"fails"}]}]}]}]},
          {"type":"mediaSingle","content":[{"type":"media","attrs":{"id":"abc","type":"file","collection":"x","alt":"screenshot.png"}}]},
          {"type":"taskList","content":[{"type":"taskItem","attrs":{"state":"DONE"},"content":[{"type":"text","text":"reproduce"}]},
                                        {"type":"taskItem","attrs":{"state":"TODO"},"content":[{"type":"text","text":"fix"}]}]},
          {"type":"futureNode","content":[{"type":"paragraph","content":[{"type":"text","text":"kept anyway"}]}]}
        ]}
        """;

    [Fact]
    public void ToPlainText_RichDocument_IsReadable()
    {
        var expected = string.Join('\n',
            "Login fails",
            "",
            "Reported by @Mia Krystof ⚠️",
            "see the runbook (https://wiki.example.com/runbook) and https://example.atlassian.net/browse/WRKA-2",
            "",
            "- open the app",
            "  - on Android",
            "- tap Login",
            "",
            "3. third",
            "4. fourth",
            "",
            "```bash",
            "curl -i /login",
            "echo done",
            "```",
            "",
            "> quoted",
            "",
            "[warning] careful",
            "",
            "---",
            "",
            "Browser | Result",
            "Firefox | fails",
            "",
            "[attachment: screenshot.png]",
            "",
            "[x] reproduce",
            "[ ] fix",
            "",
            "kept anyway");

        Assert.Equal(expected, AdfText.ToPlainText(Parse(Rich)));
    }

    [Theory]
    [InlineData("""{"type":"emoji","attrs":{"shortName":":smile:"}}""", ":smile:")]
    [InlineData("""{"type":"mention","attrs":{"id":"1","text":"Bob"}}""", "@Bob")]
    [InlineData("""{"type":"mention","attrs":{"id":"1"}}""", "@user")]
    [InlineData("""{"type":"text","text":"https://x.test","marks":[{"type":"link","attrs":{"href":"https://x.test"}}]}""", "https://x.test")]
    [InlineData("""{"type":"date","attrs":{"timestamp":"1764201600000"}}""", "2025-11-27")]
    [InlineData("""{"type":"status","attrs":{"text":"IN REVIEW","color":"blue"}}""", "IN REVIEW")]
    [InlineData("""{"type":"mediaInline","attrs":{"id":"1"}}""", "[attachment]")]
    public void ToPlainText_InlineNodes(string node, string expected)
    {
        var document = $$"""{"type":"doc","content":[{"type":"paragraph","content":[{{node}}]}]}""";

        Assert.Equal(expected, AdfText.ToPlainText(Parse(document)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"type":"doc","content":"not a list"}""")]
    [InlineData("""{"type":"doc","content":[1,"two",null,{"type":5},{"content":{}}]}""")]
    [InlineData("""{"type":"doc","content":[{"type":"orderedList","attrs":{"order":"x"},"content":[{"type":"listItem"}]}]}""")]
    [InlineData("""{"type":"doc","content":[{"type":"text","text":7,"marks":"bold"},{"type":"mention","attrs":[]}]}""")]
    public void ToPlainText_OddInput_NeverThrows(string json)
    {
        var text = AdfText.ToPlainText(Parse(json));

        Assert.NotNull(text);
    }

    [Fact]
    public void ToPlainText_PlainString_IsKept()
    {
        Assert.Equal("This is a test issue description", AdfText.ToPlainText(Parse("\"This is a test issue description\"")));
    }

    [Fact]
    public void ToPlainText_HostileNesting_IsCutAtTheDepthLimit()
    {
        var depth = 400;
        var json = string.Concat(Enumerable.Repeat("""{"type":"blockquote","content":[""", depth))
            + """{"type":"paragraph","content":[{"type":"text","text":"deep"}]}"""
            + string.Concat(Enumerable.Repeat("]}", depth));
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2000 });

        var text = AdfText.ToPlainText(document.RootElement);

        Assert.DoesNotContain("deep", text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void ToPlainText_JiraCliSampleDescription_IsItsText()
    {
        using var issue = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("jira", "samples", "ankitpokhrel-jira-cli__issue.json")));

        var text = AdfText.ToPlainText(issue.RootElement.GetProperty("fields").GetProperty("description"));

        Assert.Equal("Test description", text);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
