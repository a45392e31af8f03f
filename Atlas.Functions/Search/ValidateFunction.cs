using System.Text.Json.Serialization;
using Atlas.Core.Search;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Search;

/// <summary>
/// <c>GET jql/validate?jql=</c> and <c>POST jql/validate</c> (<c>{"jql"}</c>), as <c>atlas validate</c>: the query is
/// checked, never run. 200 with <c>{valid: true, errors: [], canRunOffline, needsJira[]}</c>; 400 problem when it is not
/// valid JQL, carrying the same fields and each error's position and length.
/// </summary>
public sealed class ValidateFunction(SearchService search)
{
    private const string Example = """{"jql": "project = WRKA AND status = Done"}""";

    [Function("ValidateJql")]
    public async Task<IResult> ValidateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "jql/validate")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = HttpMethods.IsPost(request.Method)
            ? await JsonBody.ReadAsync<ValidateRequest>(request, Example, cancellationToken)
            : (new ValidateRequest { Jql = request.Query["jql"] }, null);
        if (problem is not null)
        {
            return ApiProblems.BadRequest(request, "The request body is not a valid validation request", problem);
        }

        return string.IsNullOrWhiteSpace(body?.Jql)
            ? ApiProblems.BadRequest(request, "A JQL query is required", $"Give the query as ?jql=… (GET) or as a body such as {Example} (POST).")
            : Answer(search.Validate(body.Jql), body.Jql, request);
    }

    private static IResult Answer(JqlValidation validation, string jql, HttpRequest request)
    {
        validation = validation with { NeedsJira = HostWording.Of(validation.NeedsJira) };
        if (validation.Valid)
        {
            return ApiResults.Json(validation);
        }

        var first = validation.Errors[0];
        return ApiProblems.Create(
            request,
            StatusCodes.Status400BadRequest,
            "invalid-jql",
            "The query is not valid JQL",
            $"{first.Message} {JqlProblems.Where(first, jql)}",
            new Dictionary<string, object?>
            {
                ["jql"] = jql,
                ["valid"] = false,
                ["errors"] = validation.Errors,
                ["canRunOffline"] = validation.CanRunOffline,
                ["needsJira"] = validation.NeedsJira,
            });
    }

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record ValidateRequest
    {
        public string? Jql { get; init; }
    }
}
