using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Rendering;
using Atlas.Core.Sync;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class SyncSettings : AtlasCommandSettings
{
    [CommandOption("--full")]
    [Description("Re-read every ticket instead of only those updated since the last sync.")]
    public bool Full { get; init; }

    [CommandOption("-p|--project <KEY>")]
    [Description("Sync only this configured project (repeatable).")]
    public string[] Projects { get; init; } = [];

    [CommandOption("--strategy <STRATEGY>")]
    [Description("How this sync settles fields changed both locally and in Jira: JIRA_WINS, LOCAL_WINS, NEWEST_WINS or MANUAL (default: Atlas:Sync:ConflictResolution).")]
    public string? Strategy { get; init; }

    public override ValidationResult Validate() =>
        Strategy is not null && Core.Conflicts.ConflictStrategies.Parse(Strategy) is null
            ? ValidationResult.Error($"--strategy must be one of {string.Join(", ", Core.Conflicts.ConflictStrategies.All)}.")
            : ValidationResult.Success();
}

[Description("Run a sync now: incremental unless --full (or nothing was synced yet); skipped when one is already running.")]
internal sealed class SyncCommand(AtlasServices services, CliConsole console) : AtlasCommand<SyncSettings>(services, console)
{
    protected override async Task<int> RunAsync(SyncSettings settings, CancellationToken cancellationToken)
    {
        var engine = Services.Get<SyncEngine>();
        var request = new SyncRequest { Full = settings.Full, Projects = settings.Projects, Trigger = "cli", ConflictResolution = settings.Strategy };
        var report = settings.Json || !Console.Interactive
            ? await engine.RunAsync(request, null, cancellationToken)
            : await RunWithProgressBarAsync(engine, request, cancellationToken);

        if (settings.Json)
        {
            Console.WriteJson(report);
        }
        else
        {
            Console.Human.Write(ReportRendering.Summary(report));
        }

        return ExitCodeOf(report);
    }

    private Task<SyncReport> RunWithProgressBarAsync(SyncEngine engine, SyncRequest request, CancellationToken cancellationToken) =>
        Console.Human.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Syncing", maxValue: 1).IsIndeterminate();
                return await engine.RunAsync(request, new ProgressBar(task), cancellationToken);
            });

    internal static int ExitCodeOf(SyncReport report) => report.Status switch
    {
        SyncStatus.Failed when report.JiraUnreachable => ExitCodes.JiraUnreachable,
        SyncStatus.Failed => ExitCodes.Failed,
        _ => ExitCodes.Success,
    };

    private sealed class ProgressBar(ProgressTask task) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value)
        {
            task.Description = $"Syncing: {value.Processed:N0} tickets";
            if (value.Total is { } total and > 0)
            {
                task.IsIndeterminate = false;
                task.MaxValue = total;
                task.Value = Math.Min(value.Processed, total);
            }
        }
    }
}
