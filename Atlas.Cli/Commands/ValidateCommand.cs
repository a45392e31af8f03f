using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Core.Search;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class ValidateSettings : AtlasCommandSettings
{
    [CommandArgument(0, "<JQL>")]
    [Description("The JQL query to check.")]
    public string Jql { get; init; } = "";
}

[Description("Check a JQL query without running it: exit 0 when valid, 2 with the error's position when not.")]
internal sealed class ValidateCommand(AtlasServices services, CliConsole console) : AtlasCommand<ValidateSettings>(services, console)
{
    protected override Task<int> RunAsync(ValidateSettings settings, CancellationToken cancellationToken)
    {
        var validation = Services.Get<SearchService>().Validate(settings.Jql);
        if (settings.Json)
        {
            Console.WriteJson(validation);
        }
        else
        {
            WriteForPeople(settings.Jql, validation);
        }

        return Task.FromResult(validation.Valid ? ExitCodes.Success : ExitCodes.InvalidInput);
    }

    private void WriteForPeople(string jql, JqlValidation validation)
    {
        if (!validation.Valid)
        {
            Console.Out.WriteLine(validation.Errors.Count == 1 ? "Invalid JQL:" : $"Invalid JQL ({validation.Errors.Count} problems):");
            JqlErrorRendering.Write(Console.Out, jql, validation.Errors);
            return;
        }

        Console.Out.WriteLine(validation.CanRunOffline ? "Valid JQL; the local cache can answer it offline." : "Valid JQL; only Jira can answer it:");
        JqlErrorRendering.Write(Console.Out, jql, validation.NeedsJira);
    }
}
