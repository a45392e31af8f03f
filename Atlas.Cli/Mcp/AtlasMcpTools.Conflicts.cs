using System.ComponentModel;
using Atlas.Core.Conflicts;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Cli.Mcp;

internal sealed partial class AtlasMcpTools
{
    /// <summary>Who resolved or noted something through MCP, as the conflict log records it.</summary>
    private static string McpUser => $"mcp:{Environment.UserName}";

    [McpServerTool(Name = "list_conflicts", Title = "List sync conflicts", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Pending conflicts (critical first): per field the base (last synced), local and Jira values. With log=true, the resolution log instead.")]
    public Task<CallToolResult> ListConflictsAsync(
        [Description("true for the log of every detection and resolution instead of the pending inbox.")] bool log = false,
        [Description("With log=true: only this ticket's entries, e.g. WRKA-12.")] string? key = null,
        [Description("The most entries to return, 1 to 1000. Default 200.")] int limit = 200,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var inbox = services.Get<ConflictInbox>();
            if (log)
            {
                var entries = await inbox.LogAsync(limit, key, cancellationToken);
                return McpToolResults.Ok($"{entries.Count} log entr{(entries.Count == 1 ? "y" : "ies")}.", entries);
            }

            var pending = await inbox.ListAsync(limit, cancellationToken);
            var lines = pending.Conflicts.Select(Line);
            return McpToolResults.Ok(string.Join('\n', [$"{pending.Count} pending conflict(s), {pending.Critical} critical.", .. lines]), pending);
        });

    [McpServerTool(Name = "resolve_conflict", Title = "Resolve a sync conflict", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false)]
    [Description("Resolves a pending conflict at once (it survives the next sync): take the local or the Jira side for every field, and/or give fields their own values. Changes only the local mirror, never Jira.")]
    public Task<CallToolResult> ResolveConflictAsync(
        [Description("The conflict id from list_conflicts.")] long id,
        [Description("local or jira: the side to take for every field without its own value.")] string? take = null,
        [Description("Values by field name, e.g. {\"priority\": \"High\"}; an empty value clears the field.")] Dictionary<string, string?>? values = null,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var decision = new ConflictDecision { Take = take, Values = values ?? [] };
            var resolved = await services.Get<ConflictInbox>().ResolveAsync(id, decision, McpUser, cancellationToken);
            return McpToolResults.Ok($"Resolved conflict {resolved.Id} on {resolved.Key}.", resolved);
        });

    [McpServerTool(Name = "add_note", Title = "Add a local note to a ticket", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true)]
    [Description("Adds a note to a ticket in the local mirror (never sent to Jira; no sync removes it). Returns the ticket with its notes.")]
    public Task<CallToolResult> AddNoteAsync(
        [Description("The ticket key, e.g. WRKA-12.")] string key,
        [Description("The note's text.")] string note,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var ticket = await services.Get<LocalEdits>().AddNoteAsync(key, note, McpUser, cancellationToken);
            return McpToolResults.Ok($"Noted on {ticket.Key}; it has {ticket.Local.Notes.Count} note(s).", ticket);
        });

    private static string Line(ConflictView conflict) =>
        $"#{conflict.Id} {conflict.Key}{(conflict.Critical ? " (critical)" : "")}: "
        + string.Join("; ", conflict.Fields.Select(f => $"{f.Field} base={f.Base ?? "∅"} local={f.Local ?? "∅"} jira={f.Jira ?? "∅"}"));
}
