using Spectre.Console;

namespace Atlas.Cli.Infrastructure;

/// <summary>
/// Where a command writes: <see cref="Out"/> for the one JSON document or the human output, <see cref="Error"/> for
/// diagnostics. Tests give it string writers; at a terminal it wraps the process's streams.
/// </summary>
internal sealed class CliConsole(TextWriter @out, TextWriter error, bool interactive)
{
    public TextWriter Out { get; } = @out;

    public TextWriter Error { get; } = error;

    /// <summary>True at a terminal: colours and a live progress bar make sense.</summary>
    public bool Interactive { get; } = interactive;

    public IAnsiConsole Human { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(@out),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    public static CliConsole ForProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
