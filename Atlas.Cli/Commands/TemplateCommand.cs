using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Search;
using Atlas.Core.Templates;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class TemplateSettings : SearchSourceSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The template's name (`atlas templates` lists them).")]
    public string Name { get; init; } = "";

    [CommandOption("-p|--param <NAME=VALUE>")]
    [Description("A parameter value (repeatable), e.g. --param days=14 --param projects=WRKA,WMB.")]
    public string[] Parameters { get; init; } = [];

    /// <summary>The <c>--param</c> values by name.</summary>
    /// <exception cref="ArgumentException">A value is not written as NAME=VALUE, or a name is given twice.</exception>
    public IReadOnlyDictionary<string, string> ParameterValues()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in Parameters)
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--param takes NAME=VALUE, not '{parameter}'.");
            }

            if (!values.TryAdd(parameter[..equals].Trim(), parameter[(equals + 1)..]))
            {
                throw new ArgumentException($"--param {parameter[..equals].Trim()} is given twice.");
            }
        }

        return values;
    }
}

[Description("Run a built-in JQL template, like `search` (live when Jira answers, else the local cache).")]
internal sealed class TemplateCommand(AtlasServices services, CliConsole console) : AtlasCommand<TemplateSettings>(services, console)
{
    protected override async Task<int> RunAsync(TemplateSettings settings, CancellationToken cancellationToken)
    {
        var jql = Services.Get<TemplateService>().Render(settings.Name, settings.ParameterValues());
        var response = await Services.Get<SearchService>().SearchAsync(jql, settings.Source, settings.Limit, cancellationToken);
        return SearchOutput.Write(Console, response, jql, settings.Json);
    }
}
