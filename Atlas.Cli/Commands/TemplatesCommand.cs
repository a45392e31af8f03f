using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Templates;
using Spectre.Console;

namespace Atlas.Cli.Commands;

[Description("List the built-in JQL templates with their parameters and defaults.")]
internal sealed class TemplatesCommand(AtlasServices services, CliConsole console) : AtlasCommand<AtlasCommandSettings>(services, console)
{
    protected override Task<int> RunAsync(AtlasCommandSettings settings, CancellationToken cancellationToken)
    {
        var templates = Services.Get<TemplateService>().List();
        if (settings.Json)
        {
            Console.WriteJson(new { templates });
        }
        else
        {
            Console.Human.Write(Table(templates));
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private static Table Table(IReadOnlyList<JqlTemplate> templates)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("Name").NoWrap()).AddColumn("Finds").AddColumn("Parameters (default)");
        foreach (var template in templates)
        {
            var parameters = string.Join(", ", template.Parameters.Select(p => p.Default is null ? $"{p.Name} (required)" : $"{p.Name}={p.Default}"));
            table.AddRow(new Text(template.Name), new Text(template.Description), new Text(parameters));
        }

        return table;
    }
}
