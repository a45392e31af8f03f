using System.Globalization;
using Atlas.Core.Jira;
using Atlas.Core.Storage;

namespace Atlas.Core.Sync;

public sealed partial class SyncEngine
{
    private const int BulkFetchBatch = 100;

    /// <summary>
    /// Lists every issue id Jira shows in the run's projects (ids only, the largest pages). Ids the store lacks are
    /// fetched in full (a sync repairs what an earlier one missed); live tickets the census does not list are tombstoned
    /// (deleted, moved out of the projects, or no longer visible). A census that does not reach its last page changes nothing.
    /// </summary>
    private async Task CensusAsync(SyncRun run)
    {
        var seen = await ReadCensusAsync(run);
        var missing = await _store.MarkSeenAsync(run.RunId, seen, run.Cancellation);
        await RepairAsync(run, [.. missing.Where(id => !run.Rejected.ContainsKey(id.ToString(CultureInfo.InvariantCulture)))]);

        var gone = await _store.TombstoneMissingAsync(run.Plan.Projects, run.RunId, TombstoneReasons.NotInCensus, run.Cancellation);
        run.Counters.AddDeleted(gone.Count);
        if (gone.Count > 0)
        {
            SyncLog.Tombstoned(_logger, run.RunId, gone.Count, gone);
        }

        foreach (var project in run.Plan.Projects)
        {
            await _store.SetLastCensusAsync(project, run.ServerStart ?? _time.GetUtcNow(), run.Cancellation);
        }
    }

    private async Task<HashSet<long>> ReadCensusAsync(SyncRun run)
    {
        var census = new JiraSearchRequest { Jql = SyncJql.Census(run.Plan.Projects), Fields = JiraFields.IdOnly, MaxResults = JiraSearchRequest.LargestPage };
        var seen = new HashSet<long>();
        await foreach (var page in _jira.SearchAsync(census, run.Cancellation))
        {
            foreach (var issue in page.Issues)
            {
                if (issue.TryGetProperty("id", out var id) && long.TryParse(id.GetString(), out var value))
                {
                    seen.Add(value);
                }
            }
        }

        return seen;
    }

    private async Task RepairAsync(SyncRun run, IReadOnlyList<long> missing)
    {
        if (missing.Count == 0)
        {
            return;
        }

        SyncLog.Repaired(_logger, run.RunId, missing.Count);
        foreach (var batch in missing.Chunk(BulkFetchBatch))
        {
            var issues = await _jira.BulkFetchAsync([.. batch.Select(id => id.ToString(CultureInfo.InvariantCulture))], JiraFields.Stored, run.Cancellation);
            await StorePageAsync(run, issues, null);
        }
    }
}
