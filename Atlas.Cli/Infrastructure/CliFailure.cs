using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Spectre.Console.Cli;

namespace Atlas.Cli.Infrastructure;

/// <summary>How an exception ends a command: the exit code of the contract and one line a person understands.</summary>
internal sealed record CliFailure(int ExitCode, string Message)
{
    public static CliFailure From(Exception error) => error switch
    {
        _ when SettingsErrors.Describe(error) is { } settings => new(ExitCodes.InvalidInput, settings),
        CommandParseException or CommandRuntimeException => new(ExitCodes.InvalidInput, error.Message),
        ArgumentException or FileNotFoundException or Core.Storage.DatabaseTooNewException => new(ExitCodes.InvalidInput, error.Message),
        JiraAuthenticationException => new(ExitCodes.InvalidInput, error.Message),
        JiraUnavailableException => new(ExitCodes.JiraUnreachable, error.Message),
        OperationCanceledException => new(ExitCodes.Failed, "Cancelled."),
        _ => new(ExitCodes.Failed, error.Message),
    };
}
