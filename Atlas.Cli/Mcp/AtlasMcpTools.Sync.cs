using System.ComponentModel;
using Atlas.Core.Status;
using Atlas.Core.Sync;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Atlas.Cli.Mcp;

internal sealed partial class AtlasMcpTools
{
    [McpServerTool(Name = "sync_now", Title = "Sync from Jira now", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true)]
    [Description("Runs a sync of the local mirror from Jira now (incremental unless full); skipped when one is already running. Never writes to Jira; local notes are kept.")]
    public Task<CallToolResult> SyncNowAsync(
        [Description("Re-read every ticket instead of only those updated since the last sync.")] bool full = false,
        [Description("Only these configured project keys; all when omitted.")] string[]? projects = null,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            var report = await services.Get<SyncEngine>().RunAsync(new SyncRequest { Full = full, Projects = projects ?? [], Trigger = "mcp" }, null, cancellationToken);
            var text = $"Sync run {report.RunId} ({report.Mode}): {report.Status}. {report.Processed} processed, {report.Created} created, {report.Updated} updated, "
                + $"{report.Deleted} deleted, {report.Rejected} rejected, {report.ApiCalls} API calls.{(report.Error is { } error ? " " + error : "")}";
            return report.Status == SyncStatus.Failed ? McpToolResults.Error(text) : McpToolResults.Ok(text, report);
        });

    [McpServerTool(Name = "sync_status", Title = "Sync status", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Whether a sync is running (with progress), the last run, the next scheduled run and ticket counts per project.")]
    public Task<CallToolResult> SyncStatusAsync(CancellationToken cancellationToken = default) => AnswerAsync(async () =>
    {
        var status = await services.Get<SyncStatusService>().GetStatusAsync(cancellationToken);
        var last = status.LastRun is { } run ? $"last run {run.RunId} {run.Status} at {run.FinishedAt ?? run.StartedAt:u}" : "no sync yet";
        return McpToolResults.Ok($"State: {status.State}; {last}; {status.Tickets.Total} tickets.", status);
    });

    [McpServerTool(Name = "sync_history", Title = "Sync history", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Past sync runs, newest first, with what each did.")]
    public Task<CallToolResult> SyncHistoryAsync(
        [Description("How many runs, 1 to 1000. Default 10.")] int limit = 10,
        CancellationToken cancellationToken = default) => AnswerAsync(async () =>
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 1000);
            var runs = await services.Get<SyncStatusService>().GetHistoryAsync(limit, cancellationToken);
            var text = string.Join('\n', [$"{runs.Count} run(s).", .. runs.Select(r => $"run {r.RunId} {r.Mode} {r.Status} at {r.StartedAt:u}: {r.Processed} processed, {r.ApiCalls} API calls")]);
            return McpToolResults.Ok(text, new { runs });
        });
}
