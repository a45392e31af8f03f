using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Rendering;
using Atlas.Core.Health;
using Atlas.Core.Status;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

[Description("Show whether a sync is running (with progress), the last run, the next scheduled run and ticket counts.")]
internal sealed class StatusCommand(AtlasServices services, CliConsole console) : AtlasCommand<AtlasCommandSettings>(services, console)
{
    protected override async Task<int> RunAsync(AtlasCommandSettings settings, CancellationToken cancellationToken)
    {
        var status = await Services.Get<SyncStatusService>().GetStatusAsync(cancellationToken);
        if (settings.Json)
        {
            Console.WriteJson(status);
        }
        else
        {
            Console.Human.Write(StatusRendering.Status(status));
        }

        return ExitCodes.Success;
    }
}

internal sealed class HistorySettings : AtlasCommandSettings
{
    [CommandOption("-n|--limit <N>")]
    [Description("How many runs to show (newest first). Default 20.")]
    public int Limit { get; init; } = 20;

    public override Spectre.Console.ValidationResult Validate() =>
        Limit is < 1 or > 1000 ? Spectre.Console.ValidationResult.Error("--limit must be between 1 and 1000.") : Spectre.Console.ValidationResult.Success();
}

[Description("List past sync runs, newest first.")]
internal sealed class HistoryCommand(AtlasServices services, CliConsole console) : AtlasCommand<HistorySettings>(services, console)
{
    protected override async Task<int> RunAsync(HistorySettings settings, CancellationToken cancellationToken)
    {
        var runs = await Services.Get<SyncStatusService>().GetHistoryAsync(settings.Limit, cancellationToken);
        if (settings.Json)
        {
            Console.WriteJson(new { runs });
        }
        else
        {
            Console.Human.Write(ReportRendering.History(runs));
        }

        return ExitCodes.Success;
    }
}

[Description("Check the database, Jira's reachability and the age of the last successful sync.")]
internal sealed class HealthCommand(AtlasServices services, CliConsole console) : AtlasCommand<AtlasCommandSettings>(services, console)
{
    protected override async Task<int> RunAsync(AtlasCommandSettings settings, CancellationToken cancellationToken)
    {
        var health = await Services.Get<HealthService>().CheckAsync(cancellationToken);
        if (settings.Json)
        {
            Console.WriteJson(health);
        }
        else
        {
            Console.Human.Write(StatusRendering.Health(health));
        }

        return health.Status == HealthStatus.Unhealthy ? ExitCodes.Failed : ExitCodes.Success;
    }
}
