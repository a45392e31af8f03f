using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Rendering;
using Atlas.Core.Conflicts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class ConflictsSettings : AtlasCommandSettings
{
    [CommandOption("--log")]
    [Description("Show the resolution log (every conflict detected and every resolution) instead of the pending inbox.")]
    public bool Log { get; init; }

    [CommandOption("-k|--key <KEY>")]
    [Description("With --log: only this ticket's entries.")]
    public string? Key { get; init; }

    [CommandOption("-n|--limit <N>")]
    [Description("How many conflicts or log entries at most. Default 200.")]
    public int Limit { get; init; } = 200;

    public override ValidationResult Validate() =>
        Limit is < 1 or > ConflictInbox.MaxLimit ? ValidationResult.Error($"--limit must be between 1 and {ConflictInbox.MaxLimit}.")
        : Key is not null && !Log ? ValidationResult.Error("--key goes with --log.")
        : ValidationResult.Success();
}

[Description("List the conflicts waiting for a decision (MANUAL), with base, local and Jira values per field; --log for the history.")]
internal sealed class ConflictsCommand(AtlasServices services, CliConsole console) : AtlasCommand<ConflictsSettings>(services, console)
{
    protected override async Task<int> RunAsync(ConflictsSettings settings, CancellationToken cancellationToken)
    {
        var inbox = Services.Get<ConflictInbox>();
        if (settings.Log)
        {
            var log = await inbox.LogAsync(settings.Limit, settings.Key, cancellationToken);
            Write(log, settings.Json, ConflictRendering.Log(log));
        }
        else
        {
            var list = await inbox.ListAsync(settings.Limit, cancellationToken);
            Write(list, settings.Json, ConflictRendering.Inbox(list));
        }

        return ExitCodes.Success;
    }

    private void Write<T>(T document, bool json, Spectre.Console.Rendering.IRenderable human)
    {
        if (json)
        {
            Console.WriteJson(document);
        }
        else
        {
            Console.Human.Write(human);
        }
    }
}

internal sealed class ResolveSettings : AtlasCommandSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The conflict's id (from atlas conflicts).")]
    public long Id { get; init; }

    [CommandOption("-t|--take <CHOICE>")]
    [Description("local or jira for every field, and/or FIELD=VALUE for one field (repeatable; a value wins over local/jira).")]
    public string[] Take { get; init; } = [];

    public override ValidationResult Validate()
    {
        var sides = Take.Where(t => !t.Contains('=', StringComparison.Ordinal)).ToList();
        return Take.Length == 0 ? ValidationResult.Error("Say how to resolve it: --take local, --take jira or --take FIELD=VALUE.")
            : sides.Count > 1 ? ValidationResult.Error("Take one side: --take local or --take jira, not both.")
            : ValidationResult.Success();
    }

    public ConflictDecision ToDecision() => new()
    {
        Take = Take.FirstOrDefault(t => !t.Contains('=', StringComparison.Ordinal)),
        Values = Take.Where(t => t.Contains('=', StringComparison.Ordinal)).Select(t => t.Split('=', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => (string?)parts[1], StringComparer.OrdinalIgnoreCase),
    };
}

[Description("Resolve a pending conflict now: the chosen values show at once and hold over later syncs until Jira changes those fields again.")]
internal sealed class ResolveCommand(AtlasServices services, CliConsole console) : AtlasCommand<ResolveSettings>(services, console)
{
    protected override async Task<int> RunAsync(ResolveSettings settings, CancellationToken cancellationToken)
    {
        var resolved = await Services.Get<ConflictInbox>().ResolveAsync(settings.Id, settings.ToDecision(), CliUser.Name, cancellationToken);
        if (settings.Json)
        {
            Console.WriteJson(resolved);
        }
        else
        {
            Console.Human.Write(ConflictRendering.Inbox(new ConflictList(1, resolved.Critical ? 1 : 0, [resolved])));
        }

        return ExitCodes.Success;
    }
}
