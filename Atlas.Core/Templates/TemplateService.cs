using Atlas.Core.Configuration;
using Atlas.Core.Search;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Templates;

/// <summary>The built-in JQL templates: listed with their defaults, rendered safely, and run like any search.</summary>
public sealed class TemplateService
{
    private readonly SearchService _search;
    private readonly IOptionsMonitor<AtlasOptions> _options;

    internal TemplateService(SearchService search, IOptionsMonitor<AtlasOptions> options)
    {
        _search = search;
        _options = options;
    }

    /// <summary>Every template, with <c>{projects}</c> defaulting to the configured projects.</summary>
    public IReadOnlyList<JqlTemplate> List() => [.. JqlTemplateCatalog.All.Select(WithConfiguredDefaults)];

    /// <summary>The template's query with the given values (and defaults for the rest).</summary>
    /// <exception cref="ArgumentException">No such template, an unknown or missing parameter, or an invalid value.</exception>
    public string Render(string name, IReadOnlyDictionary<string, string> parameters) =>
        JqlTemplateRenderer.Render(Find(name), parameters);

    /// <summary>Renders the template and runs the query (see <see cref="SearchService.SearchAsync"/>).</summary>
    /// <exception cref="ArgumentException">No such template, an unknown or missing parameter, or an invalid value.</exception>
    public Task<SearchResponse> RunAsync(
        string name,
        IReadOnlyDictionary<string, string> parameters,
        SearchSource source = SearchSource.Auto,
        int limit = SearchService.DefaultLimit,
        CancellationToken cancellationToken = default) =>
        _search.SearchAsync(Render(name, parameters), source, limit, cancellationToken);

    private JqlTemplate Find(string name) =>
        List().FirstOrDefault(template => string.Equals(template.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"There is no template named '{name}'. `atlas templates` lists them.", nameof(name));

    private JqlTemplate WithConfiguredDefaults(JqlTemplate template)
    {
        var projects = _options.CurrentValue.Jira.Projects;
        return template with
        {
            Parameters = [.. template.Parameters.Select(parameter => parameter.Default switch
            {
                JqlTemplateCatalog.ConfiguredProjects => parameter with { Default = projects.Count == 0 ? null : string.Join(",", projects) },
                JqlTemplateCatalog.FirstConfiguredProject => parameter with { Default = projects.Count == 0 ? null : projects[0] },
                _ => parameter,
            })],
        };
    }
}
