using System.ComponentModel;
using Atlas.Cli.Infrastructure;
using Atlas.Cli.Rendering;
using Atlas.Core.Conflicts;
using Atlas.Core.Tickets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Atlas.Cli.Commands;

internal sealed class EditSettings : AtlasCommandSettings
{
    [CommandArgument(0, "<KEY>")]
    [Description("The issue key (WRKA-12) or id.")]
    public string Key { get; init; } = "";

    [CommandOption("-s|--set <FIELD=VALUE>")]
    [Description("Set a field (repeatable). summary, status, priority, assignee, labels (comma-separated), dueDate (yyyy-MM-dd) become local overrides of Jira's value; an empty value clears it locally; any other name is a local-only field (testStatus=passed).")]
    public string[] Set { get; init; } = [];

    [CommandOption("-c|--clear <FIELD>")]
    [Description("Remove a local override (Jira's value shows again) or a local-only field (repeatable).")]
    public string[] Clear { get; init; } = [];

    [CommandOption("-n|--note <TEXT>")]
    [Description("Add a note.")]
    public string? Note { get; init; }

    public override ValidationResult Validate() =>
        Set.FirstOrDefault(pair => !pair.Contains('=', StringComparison.Ordinal)) is { } bad
            ? ValidationResult.Error($"--set takes FIELD=VALUE; '{bad}' has no '='.")
            : ValidationResult.Success();

    public LocalEdit ToEdit() => new()
    {
        Set = Set.Select(pair => pair.Split('=', 2)).ToDictionary(parts => parts[0].Trim(), parts => (string?)parts[1], StringComparer.OrdinalIgnoreCase),
        Clear = Clear,
        Note = Note,
    };
}

[Description("Change a ticket locally: override synced fields, set local-only fields, add a note. Jira is never written to.")]
internal sealed class EditCommand(AtlasServices services, CliConsole console) : AtlasCommand<EditSettings>(services, console)
{
    protected override async Task<int> RunAsync(EditSettings settings, CancellationToken cancellationToken)
    {
        var ticket = await Services.Get<LocalEdits>().EditAsync(settings.Key, settings.ToEdit(), CliUser.Name, cancellationToken);
        return Console.ShowTicket(ticket, settings.Json);
    }
}

internal sealed class NoteSettings : AtlasCommandSettings
{
    [CommandArgument(0, "<KEY>")]
    [Description("The issue key (WRKA-12) or id.")]
    public string Key { get; init; } = "";

    [CommandArgument(1, "<TEXT>")]
    [Description("The note.")]
    public string Text { get; init; } = "";
}

[Description("Add a local note to a ticket (kept through every sync, even when Jira deletes the ticket).")]
internal sealed class NoteCommand(AtlasServices services, CliConsole console) : AtlasCommand<NoteSettings>(services, console)
{
    protected override async Task<int> RunAsync(NoteSettings settings, CancellationToken cancellationToken)
    {
        var ticket = await Services.Get<LocalEdits>().AddNoteAsync(settings.Key, settings.Text, CliUser.Name, cancellationToken);
        return Console.ShowTicket(ticket, settings.Json);
    }
}

/// <summary>Who a local edit or a resolution from this terminal is recorded as.</summary>
internal static class CliUser
{
    public static string Name => $"cli:{Environment.UserName}";

    public static int ShowTicket(this CliConsole console, TicketView ticket, bool json)
    {
        if (json)
        {
            console.WriteJson(ticket);
        }
        else
        {
            console.Human.Write(TicketRendering.Card(ticket));
        }

        return ExitCodes.Success;
    }
}
