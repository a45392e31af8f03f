using Atlas.Core.Conflicts;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Conflicts;

/// <summary><c>PATCH tickets/{key}/local</c>: local overrides, local-only fields and a note; answers the ticket as now shown.</summary>
public sealed class LocalEditFunction(LocalEdits edits)
{
    [Function("EditTicketLocally")]
    public async Task<IResult> EditAsync(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = "tickets/{key}/local")] HttpRequest request,
        string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBody.ReadAsync<LocalEditBody>(request, LocalEditBody.Example, cancellationToken);
        if (body is null)
        {
            return ApiProblems.BadRequest(request, "The request body is not a valid local edit", problem ?? $"The request has no body; send an object such as {LocalEditBody.Example}.");
        }

        try
        {
            return ApiResults.Json(await edits.EditAsync(key, body.ToEdit(), HttpUser.Name(body.EditedBy), cancellationToken));
        }
        catch (KeyNotFoundException missing)
        {
            return ApiProblems.NotFound(request, "No such ticket", missing.Message);
        }
        catch (ArgumentException invalid)
        {
            return ApiProblems.BadRequest(request, "The local edit is not valid", ApiProblems.Text(invalid));
        }
    }
}
