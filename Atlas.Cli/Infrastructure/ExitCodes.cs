namespace Atlas.Cli.Infrastructure;

/// <summary>The exit codes of the command line contract (docs/design.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;
    public const int JiraUnreachable = 3;
}
