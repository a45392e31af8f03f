using Atlas.Core;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Http;

/// <summary>Every body the API sends is JSON in Atlas's one shape (<see cref="AtlasJson.Options"/>): camelCase, ISO instants.</summary>
internal static class ApiResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, AtlasJson.Options, statusCode: status);

    /// <summary><paramref name="inner"/> with a <c>Location</c> header.</summary>
    public static IResult Located(IResult inner, string location) => new LocatedResult(inner, location);

    private sealed class LocatedResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
