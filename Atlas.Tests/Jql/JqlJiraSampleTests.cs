using System.Text.Json;
using Atlas.Core.Jql;
using Atlas.Tests.Support;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Atlas answers the JQL in shared/jira/samples as Jira did.</summary>
public sealed class JqlJiraSampleTests
{
    /// <summary>The site behind Atlassian's jql/parse example has the custom field its first query uses.</summary>
    private static readonly JqlValidationOptions ExampleSite = new() { CustomFieldNames = ["lastCommentedBy"] };

    [SharedFact]
    public void Parse_JqlParseExample_GivesJirasVerdictForEachQuery()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("jira", "samples", "atlassian-openapi-example__jql_parse_POST_200.json")));

        var queries = document.RootElement.GetProperty("queries").EnumerateArray().ToList();

        Assert.Equal(7, queries.Count);
        foreach (var sample in queries)
        {
            var text = sample.GetProperty("query").GetString()!;
            var expected = sample.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var result = JqlApi.Parse(text, ExampleSite);
            Assert.Equal(expected, result.Errors.Select(error => error.ToJiraMessage(text)));
        }
    }

    [SharedFact]
    public void Parse_ReservedWordSample_MatchesJirasErrorMessage()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("jira", "samples", "gitlab-org-gitlab__issue-426176.400_reserved_word_error.json")));
        const string text = "project = INT";

        var error = Assert.Single(JqlApi.Parse(text).Errors);

        Assert.Equal(document.RootElement.GetProperty("errorMessages")[0].GetString(), error.ToJiraMessage(text));
    }
}
