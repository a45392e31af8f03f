using System.Runtime.CompilerServices;
using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;

namespace Atlas.Core.Sync;

public sealed partial class SyncEngine
{
    /// <summary>
    /// Pages through one search, storing each page with the checkpoint of the next in one transaction. A checkpoint
    /// left by an interrupted run with the same JQL resumes the search where it stopped.
    /// </summary>
    private async Task PageThroughAsync(SyncRun run, PassScope scope)
    {
        var resume = await ResumableCheckpointAsync(run, scope);
        var pagesRead = new StrongBox<int>();
        try
        {
            await ReadPagesAsync(run, scope, resume, pagesRead);
        }
        catch (JiraBadRequestException refused) when (resume is not null && pagesRead.Value == 0)
        {
            // Page tokens expire (7 days) and are tied to the query; start this pass over rather than fail the run.
            SyncLog.ResumeRefused(_logger, run.RunId, scope.Name, refused.Message);
            await ReadPagesAsync(run, scope, null, pagesRead);
        }

        await _store.ClearCheckpointAsync(scope.Name, run.Cancellation);
    }

    private async Task<SyncCheckpoint?> ResumableCheckpointAsync(SyncRun run, PassScope scope)
    {
        var checkpoint = await _store.GetCheckpointAsync(scope.Name, run.Cancellation);
        if (checkpoint is null || checkpoint.Mode != scope.Mode || checkpoint.Jql != scope.Jql || checkpoint.NextPageToken is null)
        {
            return null;
        }

        SyncLog.Resuming(_logger, run.RunId, scope.Mode, scope.Name, checkpoint.PagesDone);
        return checkpoint;
    }

    private async Task ReadPagesAsync(SyncRun run, PassScope scope, SyncCheckpoint? resume, StrongBox<int> pagesRead)
    {
        var request = new JiraSearchRequest { Jql = scope.Jql, NextPageToken = resume?.NextPageToken, ReconcileIssues = scope.Reconcile };
        var pagesDone = resume?.PagesDone ?? 0;
        await foreach (var page in _jira.SearchAsync(request, run.Cancellation))
        {
            pagesRead.Value++;
            pagesDone++;
            var next = page.NextPageToken is { } token ? new SyncCheckpoint(scope.Name, scope.Mode, run.RunId, scope.Jql, token, pagesDone) : null;
            await StorePageAsync(run, page.Issues, next);
        }
    }

    /// <summary>Maps a page (refusing malformed tickets one by one), writes the rest with the checkpoint, counts and reports.</summary>
    private async Task StorePageAsync(SyncRun run, IReadOnlyList<JsonElement> issues, SyncCheckpoint? checkpoint)
    {
        var mapped = issues.Select(_mapper.Map).ToList();
        var tickets = mapped.Where(m => m.IsAccepted).Select(m => m.Ticket!).ToList();
        var rejections = mapped.Where(m => !m.IsAccepted).Select(m => m.Rejection!).ToList();
        var newlyRejected = await RecordRejectionsAsync(run, rejections);

        PageWriteResult written;
        await _pageWrites.WaitAsync(run.Cancellation);
        try
        {
            written = await _store.WritePageAsync(run.RunId, tickets, checkpoint, run.Cancellation, run.Conflicts);
        }
        finally
        {
            _pageWrites.Release();
        }

        run.Counters.AddPage(issues.Count, written, newlyRejected);
        await ReportProgressAsync(run);
    }

    /// <summary>Logs and stores each refusal once per run; returns how many tickets were refused for the first time.</summary>
    private async Task<int> RecordRejectionsAsync(SyncRun run, IReadOnlyList<TicketRejection> rejections)
    {
        var first = 0;
        foreach (var rejection in rejections)
        {
            if (!run.Rejected.TryAdd(rejection.Id ?? rejection.Key ?? rejection.Message, 0))
            {
                continue;
            }

            first++;
            SyncLog.Rejected(_logger, run.RunId, rejection.Message);
            var id = long.TryParse(rejection.Id, out var parsed) ? parsed : (long?)null;
            await _store.AddRejectionAsync(run.RunId, rejection.Key, id, rejection.Message, run.Cancellation);
        }

        return first;
    }

    private async Task ReportProgressAsync(SyncRun run)
    {
        var processed = run.Counters.Processed;
        var total = run.Total is { } known ? (int?)Math.Max(known, processed) : null;
        run.Progress?.Report(new SyncProgress("fetch", processed, total));
        await _store.UpdateRunProgressAsync(run.RunId, processed, total, run.Cancellation);
    }
}
