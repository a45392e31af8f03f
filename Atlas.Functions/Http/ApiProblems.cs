using Atlas.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Atlas.Functions.Http;

/// <summary>
/// Errors as <c>application/problem+json</c> (RFC 9457): a <c>title</c> a person understands, the <c>detail</c> of this
/// case, the request path as <c>instance</c>, and a <c>type</c> naming the kind of problem (listed in docs/functions.md).
/// </summary>
internal static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static IResult Create(HttpRequest request, int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Type = $"urn:atlas:problem:{type}",
            Title = title,
            Status = status,
            Detail = detail,
            Instance = $"{request.PathBase}{request.Path}",
        };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return TypedResults.Json(problem, AtlasJson.Options, ContentType, status);
    }

    public static IResult BadRequest(HttpRequest request, string title, string detail) =>
        Create(request, StatusCodes.Status400BadRequest, "invalid-request", title, detail);

    public static IResult NotFound(HttpRequest request, string title, string detail) =>
        Create(request, StatusCodes.Status404NotFound, "not-found", title, detail);

    /// <summary>The message of an argument exception without the " (Parameter 'x')" .NET appends: it means nothing to a caller.</summary>
    public static string Text(ArgumentException invalid) =>
        invalid.ParamName is { } name ? invalid.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : invalid.Message;
}
