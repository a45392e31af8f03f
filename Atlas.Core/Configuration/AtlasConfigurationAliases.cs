using Microsoft.Extensions.Configuration;

namespace Atlas.Core.Configuration;

/// <summary>
/// The seed's short environment names (<c>JIRA_URL</c>, <c>JIRA_EMAIL</c>, <c>JIRA_API_TOKEN</c>) and comma-separated
/// lists (<c>Atlas__Jira__Projects=WRKA,WMB</c>, <c>Atlas__Sync__CriticalPriorities=Highest,Blocker</c>), which the
/// configuration binder does not understand by itself.
/// </summary>
internal static class AtlasConfigurationAliases
{
    public static void Apply(AtlasOptions options, IConfiguration configuration)
    {
        var jira = options.Jira;
        jira.BaseUrl = NullIfBlank(jira.BaseUrl) ?? ParseUri(configuration["JIRA_URL"]);
        options.Notifications.WebhookUrl = NullIfBlank(options.Notifications.WebhookUrl);
        jira.Email = FirstNonEmpty(jira.Email, configuration["JIRA_EMAIL"]);
        jira.ApiToken = FirstNonEmpty(jira.ApiToken, configuration["JIRA_API_TOKEN"]);
        jira.Projects = NormalizeProjects(jira.Projects, configuration["Atlas:Jira:Projects"]);
        jira.Mcp.Arguments = CommaSeparated(jira.Mcp.Arguments, configuration["Atlas:Jira:Mcp:Arguments"]);
        jira.Mcp.Environment = CommaSeparated(jira.Mcp.Environment, configuration["Atlas:Jira:Mcp:Environment"]);
        jira.Mcp.Url = NullIfBlank(jira.Mcp.Url) ?? JiraMcpOptions.RovoUrl;
        options.Sync.CriticalJql = string.IsNullOrWhiteSpace(options.Sync.CriticalJql) ? null : options.Sync.CriticalJql.Trim();
        options.Sync.CriticalPriorities = DistinctCommaSeparated(options.Sync.CriticalPriorities, configuration["Atlas:Sync:CriticalPriorities"]);
    }

    // Command-line arguments keep their order and repeats; only blanks around them go.
    private static List<string> CommaSeparated(List<string> bound, string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated)
            ? bound
            : [.. bound, .. commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<string> DistinctCommaSeparated(List<string> bound, string? commaSeparated) =>
        (string.IsNullOrWhiteSpace(commaSeparated) ? bound : [.. bound, .. commaSeparated.Split(',')])
            .Select(value => (value ?? "").Trim())
            .Where(value => value.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // Case-insensitively distinct first, so "wrka,WRKA" is one project.
    private static List<string> NormalizeProjects(List<string> bound, string? commaSeparated) =>
        [.. DistinctCommaSeparated(bound, commaSeparated).Select(key => key.ToUpperInvariant())];

    private static string? FirstNonEmpty(string? value, string? alias) =>
        string.IsNullOrWhiteSpace(value) ? (string.IsNullOrWhiteSpace(alias) ? value : alias.Trim()) : value;

    // local.settings.json.example leaves optional URLs as "", which the binder turns into an empty relative Uri.
    private static Uri? NullIfBlank(Uri? uri) => string.IsNullOrWhiteSpace(uri?.OriginalString) ? null : uri;

    private static Uri? ParseUri(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new Uri(value.Trim(), UriKind.RelativeOrAbsolute);
}
