using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Rendering;
using Atlas.Core.Lookups;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class GetSettings : AtlasCommandSettings
{
    [CommandArgument(0, "<KEY>")]
    [Description("The issue key (WRKA-12) or id.")]
    public string Key { get; init; } = "";

    [CommandOption("--live")]
    [Description("Ask Jira; fail (exit 3) when it cannot be reached.")]
    public bool Live { get; init; }

    [CommandOption("--offline")]
    [Description("Answer from the local cache only.")]
    public bool Offline { get; init; }

    public override ValidationResult Validate() =>
        Live && Offline ? ValidationResult.Error("--live and --offline cannot be used together.") : ValidationResult.Success();

    public LookupSource Source => Live ? LookupSource.Live : Offline ? LookupSource.Cache : LookupSource.Auto;
}

[Description("Show one ticket: from the cache while fresh, else live from Jira, else the stale cache.")]
internal sealed class GetCommand(AtlasServices services, CliConsole console) : AtlasCommand<GetSettings>(services, console)
{
    protected override async Task<int> RunAsync(GetSettings settings, CancellationToken cancellationToken)
    {
        var result = await Services.Get<TicketLookup>().GetAsync(settings.Key, settings.Source, cancellationToken);
        if (result.Ticket is null)
        {
            var code = result.Outcome == LookupOutcome.Unreachable ? ExitCodes.JiraUnreachable : ExitCodes.Failed;
            return Console.Fail(new CliFailure(code, result.Message ?? $"{settings.Key} was not found."), settings.Json);
        }

        if (settings.Json)
        {
            Console.WriteJson(result.Ticket);
        }
        else
        {
            Console.Human.Write(TicketRendering.Card(result.Ticket));
        }

        if (result.Message is { } message)
        {
            Console.Error.WriteLine($"atlas: {message}");
        }

        return result.Outcome == LookupOutcome.Deleted ? ExitCodes.Failed : ExitCodes.Success;
    }
}
