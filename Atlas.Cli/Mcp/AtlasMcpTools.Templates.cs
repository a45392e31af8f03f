using System.ComponentModel;
using Atlas.Core.Search;
using Atlas.Core.Templates;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Cli.Mcp;

internal sealed partial class AtlasMcpTools
{
    [McpServerTool(Name = "list_templates", Title = "List JQL templates", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The built-in JQL templates, with their parameters and defaults.")]
    public Task<CallToolResult> ListTemplatesAsync() => AnswerAsync(() =>
    {
        var templates = services.Get<TemplateService>().List();
        var text = string.Join('\n', templates.Select(t => $"{t.Name}: {t.Description} — {t.Jql}"));
        return Task.FromResult(McpToolResults.Ok(text, new { templates }));
    });

    [McpServerTool(Name = "run_template", Title = "Run a JQL template", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true)]
    [Description("Runs a built-in JQL template (see list_templates) with parameter values, like search_tickets.")]
    public Task<CallToolResult> RunTemplateAsync(
        [Description("The template's name, e.g. my-open.")] string name,
        [Description("Parameter values by name, e.g. {\"days\": \"14\"}; defaults fill the rest.")] Dictionary<string, string>? parameters = null,
        [Description("Where to search: " + SourceHelp)] string? source = null,
        [Description("The most tickets to return, 1 to 10000. Default 50.")] int limit = SearchService.DefaultLimit,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var templates = services.Get<TemplateService>();
            var given = parameters ?? [];
            var jql = templates.Render(name, given);
            return Searched(await templates.RunAsync(name, given, SearchSourceOf(source), limit, cancellationToken), jql);
        });
}
