using System.Text.RegularExpressions;
using Atlas.Core.Templates;
using Atlas.Tests.Support;

namespace Atlas.Tests.Templates;

/// <summary>The catalog's own rules: enough templates, unique names, placeholders and parameters that match, a doc that lists them.</summary>
public sealed partial class TemplateCatalogTests
{
    [Fact]
    public void All_AtLeastTwentyTemplates_WithUniqueNames()
    {
        var names = JqlTemplateCatalog.All.Select(template => template.Name).ToList();

        Assert.InRange(names.Count, 20, int.MaxValue);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, name => Assert.Matches("^[a-z]+(-[a-z]+)*$", name));
    }

    [Fact]
    public void All_EveryPlaceholder_IsAParameterAndEveryParameterIsUsed()
    {
        foreach (var template in JqlTemplateCatalog.All)
        {
            var placeholders = Placeholder().Matches(template.Jql).Select(match => match.Groups[1].Value).Distinct().Order();
            var parameters = template.Parameters.Select(parameter => parameter.Name).Order();

            Assert.True(placeholders.SequenceEqual(parameters), $"{template.Name}: placeholders and parameters differ");
            Assert.False(string.IsNullOrWhiteSpace(template.Description), template.Name);
        }
    }

    [Fact]
    public void JqlDoc_ListsEveryTemplateWithItsParameters()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "integrations", "jira", "jql.md"));
        var doc = page[page.IndexOf("## 5. Templates", StringComparison.Ordinal)..];

        foreach (var template in JqlTemplateCatalog.All)
        {
            var row = doc.Split('\n').FirstOrDefault(line => line.StartsWith($"| `{template.Name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/integrations/jira/jql.md has no row for the template '{template.Name}'");
            Assert.All(template.Parameters, parameter => Assert.Contains($"`{parameter.Name}`", row, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
