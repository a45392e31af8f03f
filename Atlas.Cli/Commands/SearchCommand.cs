using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Search;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class SearchSettings : SearchSourceSettings
{
    [CommandArgument(0, "<JQL>")]
    [Description("The JQL query, e.g. \"project = WRKA AND assignee = currentUser() ORDER BY updated DESC\".")]
    public string Jql { get; init; } = "";
}

[Description("Search with JQL: live when Jira answers, else the local cache (the output says which).")]
internal sealed class SearchCommand(AtlasServices services, CliConsole console) : AtlasCommand<SearchSettings>(services, console)
{
    protected override async Task<int> RunAsync(SearchSettings settings, CancellationToken cancellationToken)
    {
        var response = await Services.Get<SearchService>().SearchAsync(settings.Jql, settings.Source, settings.Limit, cancellationToken);
        return SearchOutput.Write(Console, response, settings.Jql, settings.Json);
    }
}
