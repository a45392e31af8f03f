using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Atlas.Core.Notifications;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Sync;

/// <summary>
/// Mirrors the configured Jira projects into the store: full or incremental passes, then an id census that finds
/// deletions and repairs gaps. One sync at a time across processes (a lease row); every run leaves a report.
/// </summary>
public sealed partial class SyncEngine : IDisposable
{
    private readonly IJiraApi _jira;
    private readonly TicketStore _store;
    private readonly TicketMapper _mapper;
    private readonly JiraCallCounter _calls;
    private readonly IOptionsMonitor<AtlasOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SyncEngine> _logger;
    private readonly SyncNotifier _notifier;
    private readonly SemaphoreSlim _pageWrites = new(1, 1);

    internal SyncEngine(
        IJiraApi jira,
        TicketStore store,
        TicketMapper mapper,
        JiraCallCounter calls,
        IOptionsMonitor<AtlasOptions> options,
        TimeProvider time,
        ILogger<SyncEngine> logger,
        SyncNotifier notifier)
    {
        _notifier = notifier;
        _jira = jira;
        _store = store;
        _mapper = mapper;
        _calls = calls;
        _options = options;
        _time = time;
        _logger = logger;
    }

    private SyncOptions Settings => _options.CurrentValue.Sync;

    public void Dispose() => _pageWrites.Dispose();

    /// <summary>Runs one sync now. Returns its report: success, failed (with the reason) or skipped (another sync holds the lease).</summary>
    /// <exception cref="ArgumentException">A requested project is not one of <c>Atlas:Jira:Projects</c>.</exception>
    public async Task<SyncReport> RunAsync(SyncRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var projects = SelectProjects(request.Projects);
        var plan = await PlanAsync(projects, request, cancellationToken);
        var report = await StartReportAsync(plan, request.Trigger, cancellationToken);
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var lease = await _store.TryAcquireLeaseAsync(SyncLease.Sync, owner, report.RunId, Settings.LeaseDuration, cancellationToken);
        if (!lease.Acquired)
        {
            return await SkipAsync(report, lease.Current);
        }

        report = await RunWithLeaseAsync(report, plan, owner, progress, cancellationToken);
        await _store.FinishRunAsync(report, CancellationToken.None);
        SyncLog.Finished(_logger, report.RunId, report.Status, report.Processed, report.Created, report.Updated, report.Unchanged, report.Deleted, report.Rejected, report.ApiCalls, report.DurationMs ?? 0);
        return report;
    }

    private async Task<SyncReport> RunWithLeaseAsync(SyncReport report, SyncPlan plan, string owner, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = KeepLeaseAsync(owner, report.RunId, run);
        var counters = new SyncCounters();
        var callsBefore = _calls.Snapshot().Calls;
        string? error = null;
        var unreachable = false;
        try
        {
            await ExecuteAsync(new SyncRun(report.RunId, plan, counters, progress, run.Token));
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            error = DescribeFailure(failure, heartbeat.IsCompletedSuccessfully && heartbeat.Result);
            unreachable = failure is JiraUnavailableException;
            SyncLog.Failed(_logger, report.RunId, error);
        }
        finally
        {
            await run.CancelAsync();
            await heartbeat;
            await _store.ReleaseLeaseAsync(SyncLease.Sync, owner, CancellationToken.None);
        }

        // Announced even when the run failed later: the conflicts are stored and wait all the same.
        await _notifier.NotifyCriticalConflictsAsync(report.RunId, counters.CriticalConflicts, CancellationToken.None);

        return Finish(counters.WriteInto(report), error, (int)(_calls.Snapshot().Calls - callsBefore)) with { JiraUnreachable = unreachable };
    }

    private SyncReport Finish(SyncReport report, string? error, int apiCalls)
    {
        var finishedAt = _time.GetUtcNow();
        return report with
        {
            Status = error is null ? SyncStatus.Success : SyncStatus.Failed,
            Error = error,
            ApiCalls = apiCalls,
            FinishedAt = finishedAt,
            DurationMs = (long)(finishedAt - report.StartedAt).TotalMilliseconds,
        };
    }

    private static string DescribeFailure(Exception failure, bool leaseLost) => failure switch
    {
        OperationCanceledException when leaseLost => "Stopped: another process took over the sync lease (this run had stalled past Atlas:Sync:LeaseDuration).",
        OperationCanceledException => "Cancelled before it finished; the next sync resumes from the last stored page.",
        _ => failure.Message,
    };

    private async Task<SyncReport> SkipAsync(SyncReport report, SyncLease holder)
    {
        SyncLog.Skipped(_logger, report.RunId, holder.RunId, holder.ExpiresAt);
        var skipped = Finish(report, null, 0) with
        {
            Status = SyncStatus.Skipped,
            Error = $"Another sync (run {holder.RunId}) is already running; it holds the lease until {holder.ExpiresAt:u}.",
        };
        await _store.FinishRunAsync(skipped, CancellationToken.None);
        return skipped;
    }

    private async Task<SyncReport> StartReportAsync(SyncPlan plan, string trigger, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var runId = await _store.StartRunAsync(plan.Mode, trigger, plan.Projects, startedAt, cancellationToken);
        SyncLog.Started(_logger, runId, plan.Mode, trigger, plan.Projects);
        return new SyncReport
        {
            RunId = runId,
            Mode = plan.Mode,
            Trigger = trigger,
            Status = SyncStatus.Running,
            StartedAt = startedAt,
            Projects = plan.Projects,
        };
    }

    private List<string> SelectProjects(IReadOnlyList<string> requested)
    {
        var configured = _options.CurrentValue.Jira.Projects;
        if (requested.Count == 0)
        {
            return configured;
        }

        var normalized = requested.Select(p => p.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = normalized.FirstOrDefault(p => !configured.Contains(p, StringComparer.Ordinal));
        return unknown is null
            ? normalized
            : throw new ArgumentException($"Project '{unknown}' is not in Atlas:Jira:Projects ({string.Join(", ", configured)}).", nameof(requested));
    }
}
