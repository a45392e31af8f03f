using System.Globalization;
using Atlas.Core.Conflicts;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Conflicts;

/// <summary>
/// The conflict inbox over HTTP: <c>GET conflicts</c> (pending), <c>GET conflicts/{id}</c> (three-way view),
/// <c>POST conflicts/{id}/resolve</c> (409 when already resolved) and <c>GET conflicts/log</c>.
/// </summary>
public sealed class ConflictFunctions(ConflictInbox inbox)
{
    [Function("ListConflicts")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "conflicts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return QueryValues.Limit(request.Query["limit"], 200, ConflictInbox.MaxLimit) is { } limit
            ? ApiResults.Json(await inbox.ListAsync(limit, cancellationToken))
            : BadLimit(request);
    }

    [Function("GetConflict")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "conflicts/{id:long}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ConflictId(id) is not { } conflictId)
        {
            return NoSuchConflict(request, id);
        }

        return await inbox.GetAsync(conflictId, cancellationToken) is { } conflict ? ApiResults.Json(conflict) : NoSuchConflict(request, id);
    }

    [Function("ResolveConflict")]
    public async Task<IResult> ResolveAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "conflicts/{id:long}/resolve")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ConflictId(id) is not { } conflictId)
        {
            return NoSuchConflict(request, id);
        }

        var (body, problem) = await JsonBody.ReadAsync<ResolveBody>(request, ResolveBody.Example, cancellationToken);
        if (body is null)
        {
            return ApiProblems.BadRequest(request, "The request body is not a valid resolution", problem ?? $"The request has no body; send an object such as {ResolveBody.Example}.");
        }

        try
        {
            return ApiResults.Json(await inbox.ResolveAsync(conflictId, body.ToDecision(), HttpUser.Name(body.ResolvedBy), cancellationToken));
        }
        catch (KeyNotFoundException)
        {
            return NoSuchConflict(request, id);
        }
        catch (InvalidOperationException resolved)
        {
            return ApiProblems.Create(request, StatusCodes.Status409Conflict, "conflict-resolved", "The conflict was already resolved", resolved.Message);
        }
        catch (ArgumentException invalid)
        {
            return ApiProblems.BadRequest(request, "The resolution does not fit the conflict", ApiProblems.Text(invalid));
        }
    }

    [Function("ConflictLog")]
    public async Task<IResult> LogAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "conflicts/log")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryValues.Limit(request.Query["limit"], 200, ConflictInbox.MaxLimit) is not { } limit)
        {
            return BadLimit(request);
        }

        try
        {
            return ApiResults.Json(await inbox.LogAsync(limit, QueryValues.Text(request.Query["key"]), cancellationToken));
        }
        catch (ArgumentException malformed)
        {
            return ApiProblems.BadRequest(request, "That is not a Jira issue key", ApiProblems.Text(malformed));
        }
    }

    private static IResult BadLimit(HttpRequest request) =>
        ApiProblems.BadRequest(request, $"The limit must be a whole number from 1 to {ConflictInbox.MaxLimit}", $"'{request.Query["limit"]}' is not such a number.");

    private static IResult NoSuchConflict(HttpRequest request, string id) =>
        ApiProblems.NotFound(request, "No such conflict", $"There is no conflict {id}; GET conflicts lists the pending ones.");

    // The route admits only whole numbers ({id:long}); parsed here because the route value arrives as text.
    private static long? ConflictId(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
