using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Rendering;
using Atlas.Core;
using Atlas.Core.Scheduling;
using Atlas.Core.Sync;
using Spectre.Console;

namespace Atlas.Cli.Commands;

[Description("Run the sync schedule in the foreground, as the Functions timer would (AutoSync, skip while another sync runs, retries, notifications); Ctrl+C stops.")]
internal sealed class ScheduleCommand(AtlasServices services, CliConsole console) : AtlasCommand<AtlasCommandSettings>(services, console)
{
    private static readonly JsonSerializerOptions OneLine = new(AtlasJson.Options) { WriteIndented = false };

    protected override async Task<int> RunAsync(AtlasCommandSettings settings, CancellationToken cancellationToken)
    {
        var scheduler = Services.Get<SyncScheduler>();
        if (scheduler.IdleReason is { } idle)
        {
            return Console.Fail(new CliFailure(ExitCodes.InvalidInput, idle), settings.Json);
        }

        var callbacks = new ScheduleCallbacks
        {
            Waiting = next => Waiting(next, scheduler.Schedule.Expression, settings.Json),
            RunFinished = report => Print(report, settings.Json),
        };
        try
        {
            await scheduler.RunScheduleAsync(SyncTriggers.Schedule, callbacks, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C is how the schedule ends; a run it interrupted keeps what it stored and the next one resumes.
        }

        Console.Error.WriteLine("atlas: schedule stopped.");
        return ExitCodes.Success;
    }

    private void Print(SyncReport report, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, OneLine));
        }
        else
        {
            Console.Human.Write(ReportRendering.Summary(report));
        }
    }

    // With --json, stdout holds only reports (one per line), so the next occurrence goes to stderr.
    private void Waiting(DateTimeOffset next, string? expression, bool json)
    {
        var when = next.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        if (json)
        {
            Console.Error.WriteLine($"atlas: next sync at {when} ({expression})");
        }
        else
        {
            Console.Human.MarkupLine($"Next sync at [bold]{when}[/] ({Markup.Escape(expression ?? "")}); Ctrl+C stops.");
        }
    }
}
