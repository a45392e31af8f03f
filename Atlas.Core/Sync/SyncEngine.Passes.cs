using Atlas.Core.Jira;
using Atlas.Core.Storage;

namespace Atlas.Core.Sync;

public sealed partial class SyncEngine
{
    private const int ParallelFullPasses = 4;

    private async Task ExecuteAsync(SyncRun run)
    {
        var me = await _jira.GetMyselfAsync(run.Cancellation);
        run.ServerStart = _calls.Snapshot().LastServerDate;
        run.Conflicts = run.Plan.Conflicts with { JiraClockOffset = JiraClock.OffsetOf(run.ServerStart, _time.GetUtcNow()) };
        run.Zone = JiraTime.FindTimeZone(me.TimeZone);
        await RememberAccountAsync(me, run.Cancellation);
        run.Total = await CountFullPassesAsync(run);

        await Task.WhenAll(
            ReadFullPassesAsync(run),
            IncrementalPassAsync(run));
        await CensusAsync(run);
        await AdvanceWatermarksAsync(run);
    }

    private Task ReadFullPassesAsync(SyncRun run) =>
        Parallel.ForEachAsync(
            run.Plan.FullProjects,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelFullPasses, CancellationToken = run.Cancellation },
            async (project, _) => await FullPassAsync(project, run));

    private async Task FullPassAsync(string project, SyncRun run)
    {
        await PageThroughAsync(run, new PassScope(project, SyncMode.Full, SyncJql.Full(project), []));
        await _store.SetLastFullSyncAsync(project, run.ServerStart ?? _time.GetUtcNow(), run.Cancellation);
    }

    private async Task IncrementalPassAsync(SyncRun run)
    {
        var projects = run.Plan.IncrementalProjects;
        if (projects.Count == 0)
        {
            return;
        }

        var since = projects.ToDictionary(p => p, p => run.Plan.Watermarks[p] - Settings.Overlap, StringComparer.Ordinal);
        var recent = await RecentlyChangedAsync(since, run.Cancellation);
        var scope = "@" + string.Join(",", projects.Order(StringComparer.Ordinal));
        await PageThroughAsync(run, new PassScope(scope, SyncMode.Incremental, SyncJql.Incremental(since, run.Zone), recent));
    }

    /// <summary>
    /// The tickets changed inside the overlap window: search may still show their older versions (lag), so they go in
    /// <c>reconcileIssues</c>, which makes Jira answer for them from current data.
    /// </summary>
    private async Task<IReadOnlyList<long>> RecentlyChangedAsync(Dictionary<string, DateTimeOffset> since, CancellationToken cancellationToken)
    {
        var recent = new List<long>();
        foreach (var (project, from) in since)
        {
            recent.AddRange(await _store.GetRecentlyUpdatedIdsAsync(project, from, JiraSearchRequest.MostReconciledIssues, cancellationToken));
        }

        return [.. recent.Take(JiraSearchRequest.MostReconciledIssues)];
    }

    private async Task<long?> CountFullPassesAsync(SyncRun run)
    {
        long total = 0;
        foreach (var project in run.Plan.FullProjects)
        {
            // An MCP server offers no count: the progress then has no total rather than a guessed one.
            if (await _jira.CountAsync(SyncJql.Full(project), run.Cancellation) is not { } count)
            {
                return null;
            }

            total += count;
        }

        return run.Plan.FullProjects.Count > 0 ? total : null;
    }

    private async Task RememberAccountAsync(JiraMyself me, CancellationToken cancellationToken)
    {
        await _store.SetMetaAsync(MetaKeys.JiraAccountId, me.AccountId, cancellationToken);
        await _store.SetMetaAsync(MetaKeys.JiraDisplayName, me.DisplayName, cancellationToken);
        await _store.SetMetaAsync(MetaKeys.JiraTimeZone, me.TimeZone, cancellationToken);
        await _store.SetMetaAsync(MetaKeys.JiraLocale, me.Locale, cancellationToken);
        await _store.SetMetaAsync(MetaKeys.JiraBaseUrl, _options.CurrentValue.Jira.BaseUrl?.ToString(), cancellationToken);
    }

    /// <summary>
    /// The next watermark of each project: the newest <c>updated</c> stored, but never past the server's clock at the
    /// start of this run — an issue edited while we paged may have been read in its older version.
    /// </summary>
    private async Task AdvanceWatermarksAsync(SyncRun run)
    {
        foreach (var project in run.Plan.Projects)
        {
            var newest = await _store.GetMaxUpdatedAsync(project, run.Cancellation);
            var watermark = (newest, run.ServerStart) switch
            {
                ({ } stored, { } start) => stored < start ? stored : start,
                ({ } stored, null) => stored,
                (null, { } start) => start,
                _ => (DateTimeOffset?)null,
            };
            if (watermark is { } value)
            {
                await _store.SetWatermarkAsync(project, value, run.Cancellation);
            }
        }
    }
}

/// <summary>One paged search of a run: its checkpoint row (a project, or "@A,B" for the shared incremental query), mode, JQL and reconciled ids.</summary>
internal sealed record PassScope(string Name, string Mode, string Jql, IReadOnlyList<long> Reconcile);
