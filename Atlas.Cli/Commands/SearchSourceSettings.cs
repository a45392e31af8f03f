using System.ComponentModel;
using Atlas.Core.Search;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

/// <summary>Where a search answers from, and how many tickets it shows; shared by <c>search</c> and <c>template</c>.</summary>
internal class SearchSourceSettings : AtlasCommandSettings
{
    [CommandOption("--live")]
    [Description("Ask Jira only; fail (exit 3) when it cannot be reached.")]
    public bool Live { get; init; }

    [CommandOption("--offline")]
    [Description("Search the local cache only (exit 2 when the query needs Jira).")]
    public bool Offline { get; init; }

    [CommandOption("-n|--limit <N>")]
    [Description("Show at most N tickets. Default 50.")]
    public int Limit { get; init; } = SearchService.DefaultLimit;

    public SearchSource Source => Live ? SearchSource.Live : Offline ? SearchSource.Offline : SearchSource.Auto;

    public override ValidationResult Validate() =>
        Live && Offline ? ValidationResult.Error("--live and --offline cannot be used together.")
        : Limit is < 1 or > SearchService.MaxLimit ? ValidationResult.Error($"--limit must be between 1 and {SearchService.MaxLimit}.")
        : ValidationResult.Success();
}
