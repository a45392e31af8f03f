using System.Globalization;
using Atlas.Core.Status;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Sync;

/// <summary><c>GET sync/status</c> (as <c>atlas status</c>), <c>GET sync/runs</c> (history, newest first) and <c>GET sync/runs/{id}</c> (one report, with progress while it runs).</summary>
public sealed class SyncStatusFunctions(SyncStatusService status)
{
    [Function("SyncStatus")]
    public async Task<IResult> GetStatusAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "sync/status")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ApiResults.Json(await status.GetStatusAsync(cancellationToken));

    [Function("ListSyncRuns")]
    public async Task<IResult> ListRunsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "sync/runs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return QueryValues.Limit(request.Query["limit"], 20, 1000) is { } limit
            ? ApiResults.Json(new { runs = await status.GetHistoryAsync(limit, cancellationToken) })
            : ApiProblems.BadRequest(request, "The limit must be a whole number from 1 to 1000", $"'{request.Query["limit"]}' is not such a number.");
    }

    [Function("GetSyncRun")]
    public async Task<IResult> GetRunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "sync/runs/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return ApiProblems.BadRequest(request, "That is not a run id", $"'{id}' is not a sync run id; run ids are whole numbers (see GET sync/runs).");
        }

        return await status.GetRunAsync(runId, cancellationToken) is { } run
            ? ApiResults.Json(run)
            : ApiProblems.NotFound(request, "No such sync run", $"There is no sync run {runId}; GET sync/runs lists the runs there are.");
    }
}
