using Atlas.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

/// <summary>
/// The frame of every command: applies the common options, runs the command, and turns any exception into the exit
/// code and message of the contract (JSON on stdout with --json, a line on stderr always).
/// </summary>
internal abstract class AtlasCommand<TSettings>(AtlasServices services, CliConsole console) : AsyncCommand<TSettings>
    where TSettings : AtlasCommandSettings
{
    protected AtlasServices Services { get; } = services;

    protected CliConsole Console { get; } = console;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        Services.SettingsFile = settings.SettingsFile;
        Services.Verbose = settings.Verbose;
        try
        {
            return await RunAsync(settings, cancellationToken);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return Console.Fail(CliFailure.From(error), settings.Json);
        }
    }

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);
}
