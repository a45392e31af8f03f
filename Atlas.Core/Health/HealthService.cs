using System.Diagnostics;
using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Atlas.Core.Scheduling;
using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Health;

/// <summary>
/// Checks the database, Jira (a <c>/myself</c> call, bounded in time) and the age of the last successful sync.
/// Jira unreachable means offline and degraded (the cache still answers); rejected credentials or a broken
/// database mean unhealthy.
/// </summary>
public sealed class HealthService
{
    private static readonly TimeSpan JiraCheckTimeout = TimeSpan.FromSeconds(10);

    private readonly TicketStore _store;
    private readonly IJiraApi _jira;
    private readonly IOptionsMonitor<AtlasOptions> _options;
    private readonly TimeProvider _time;

    internal HealthService(TicketStore store, IJiraApi jira, IOptionsMonitor<AtlasOptions> options, TimeProvider time)
    {
        _store = store;
        _jira = jira;
        _options = options;
        _time = time;
    }

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var checks = new Dictionary<string, HealthCheck>(StringComparer.Ordinal)
        {
            ["database"] = await CheckDatabaseAsync(cancellationToken),
            ["jira"] = await CheckJiraAsync(cancellationToken),
            ["lastSync"] = await CheckLastSyncAsync(cancellationToken),
            ["conflicts"] = await CheckConflictsAsync(cancellationToken),
        };
        var mode = checks["jira"].Status == HealthStatus.Healthy ? ConnectionModes.Online : ConnectionModes.Offline;
        return new HealthReport(HealthStatus.Worst(checks.Values.Select(c => c.Status)), mode, checks);
    }

    private async Task<HealthCheck> CheckDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var counts = await _store.CountsAsync(cancellationToken);
            return new HealthCheck(HealthStatus.Healthy, $"{_options.CurrentValue.Database.EffectivePath}: {counts.Live} tickets, {counts.Tombstoned} deleted in Jira.");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new HealthCheck(HealthStatus.Unhealthy, $"The database at {_options.CurrentValue.Database.EffectivePath} cannot be used: {failure.Message}");
        }
    }

    private async Task<HealthCheck> CheckJiraAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(JiraCheckTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            var me = await _jira.GetMyselfAsync(bounded.Token);
            return new HealthCheck(HealthStatus.Healthy, $"Reachable through {_jira.Transport} as {me.DisplayName} (time zone {me.TimeZone}).") { DurationMs = watch.ElapsedMilliseconds };
        }
        catch (JiraAuthenticationException rejected)
        {
            return new HealthCheck(HealthStatus.Unhealthy, rejected.Message) { DurationMs = watch.ElapsedMilliseconds };
        }
        catch (Exception failure) when (failure is JiraException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var why = failure is OperationCanceledException ? $"no answer within {JiraCheckTimeout.TotalSeconds:0} s" : failure.Message;
            return new HealthCheck(HealthStatus.Degraded, $"Jira cannot be reached ({why}); lookups and searches answer from the cache.") { DurationMs = watch.ElapsedMilliseconds };
        }
    }

    private async Task<HealthCheck> CheckLastSyncAsync(CancellationToken cancellationToken)
    {
        var lastSuccess = (await _store.ListRunsAsync(100, cancellationToken)).Select(r => r.Report).FirstOrDefault(r => r.Status == SyncStatus.Success);
        if (lastSuccess?.FinishedAt is not { } finished)
        {
            return new HealthCheck(HealthStatus.Degraded, "No sync has succeeded yet: run `atlas sync`.");
        }

        var now = _time.GetUtcNow();
        var age = now - finished;
        var allowed = SyncSchedule.From(_options.CurrentValue.Sync).LongestGap(now) * 2;
        var detail = $"The last successful sync (run {lastSuccess.RunId}) finished {Ago(age)} ago, at {finished:u}.";
        return allowed is { } limit && age > limit
            ? new HealthCheck(HealthStatus.Degraded, detail + $" That is more than twice the schedule's interval; check the timer or run `atlas sync`.")
            : new HealthCheck(HealthStatus.Healthy, detail);
    }

    /// <summary>Degraded while a critical ticket's conflict waits for a person: its shown values may be out of step with Jira.</summary>
    private async Task<HealthCheck> CheckConflictsAsync(CancellationToken cancellationToken)
    {
        var (pending, critical) = await _store.CountPendingConflictsAsync(cancellationToken);
        return critical > 0
            ? new HealthCheck(HealthStatus.Degraded, $"{critical} critical ticket(s) have conflicts waiting for a decision ({pending} pending in all): run `atlas conflicts`.")
            : new HealthCheck(HealthStatus.Healthy, pending == 0 ? "No conflicts are waiting." : $"{pending} conflict(s) wait for a decision, none on a critical ticket.");
    }

    private static string Ago(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{age.TotalDays:0.#} days" : age.TotalHours >= 1 ? $"{age.TotalHours:0.#} hours" : $"{Math.Max(0, age.TotalMinutes):0} minutes";
}
