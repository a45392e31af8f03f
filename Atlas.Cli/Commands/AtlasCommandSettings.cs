using System.ComponentModel;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal class AtlasCommandSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print one JSON document on stdout for scripts (diagnostics stay on stderr).")]
    public bool Json { get; init; }

    [CommandOption("--settings <FILE>")]
    [Description("A local.settings.json to read instead of ./local.settings.json or ./Atlas.Functions/local.settings.json.")]
    public string? SettingsFile { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Log progress details to stderr.")]
    public bool Verbose { get; init; }
}
