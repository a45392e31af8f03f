using Atlas.Cli;
using Atlas.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the command cleanly (a sync keeps what it stored); a second one ends the process.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};

return await AtlasCli.RunAsync(args, CliConsole.ForProcess(), cancel.Token);
