using Atlas.Core.Sync;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Sync;

/// <summary>
/// <c>POST sync</c>: 202 Accepted at once with <c>Location: …/sync/runs/{id}</c> while the run goes on in the worker's
/// background; 409 Conflict with the running run's id when another sync holds the lease.
/// </summary>
public sealed class SyncFunctions(BackgroundSyncRunner runner)
{
    [Function("StartSync")]
    public async Task<IResult> StartSyncAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sync")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (syncRequest, problem) = await SyncRequestBody.ReadAsync(request, cancellationToken);
        if (syncRequest is null)
        {
            return ApiProblems.BadRequest(request, "The request body is not a valid sync request", problem!);
        }

        SyncReservation reservation;
        try
        {
            reservation = await runner.SubmitAsync(syncRequest, cancellationToken);
        }
        catch (ArgumentException unknownProject)
        {
            return ApiProblems.BadRequest(request, "That project is not synced by Atlas", ApiProblems.Text(unknownProject));
        }

        return reservation.Granted ? Accepted(reservation, request) : Conflict(reservation, request);
    }

    private static IResult Accepted(SyncReservation reservation, HttpRequest request) =>
        ApiResults.Located(ApiResults.Json(reservation.Report, StatusCodes.Status202Accepted), RunLocation(request, reservation.Report.RunId));

    private static IResult Conflict(SyncReservation refused, HttpRequest request) => ApiProblems.Create(
        request,
        StatusCodes.Status409Conflict,
        "sync-running",
        "A sync is already running",
        refused.Report.Error ?? "Another sync holds the lease.",
        new Dictionary<string, object?>
        {
            ["runningRunId"] = refused.RunningRunId,
            ["runningRun"] = refused.RunningRunId is { } id ? RunLocation(request, id) : null,
        });

    // Relative to this request's own path, so the Location follows whatever route prefix host.json sets.
    private static string RunLocation(HttpRequest request, long runId) =>
        $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/runs/{runId}";
}
