using System.Buffers;
using System.Text.Json;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>Writes JSON responses the way Jira does (`application/json;charset=UTF-8`, `ErrorCollection` errors).</summary>
internal static class JiraResponses
{
    public const string JsonContentType = "application/json;charset=UTF-8";
    public const string IssueNotFound = "Issue does not exist or you do not have permission to see it.";

    public static async Task Bytes(HttpContext context, int status, ReadOnlyMemory<byte> body, string contentType = JsonContentType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Writes a body straight into the response pipe (no Content-Length: sent chunked, as Jira does).</summary>
    public static async Task Stream(HttpContext context, int status, Action<IBufferWriter<byte>> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        write(context.Response.BodyWriter);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static Task Json(HttpContext context, int status, Action<Utf8JsonWriter> write) =>
        Bytes(context, status, JsonBytes.Write(write));

    /// <summary>`{"errorMessages":[…],"errors":{}}`.</summary>
    public static Task Errors(HttpContext context, int status, IEnumerable<string> messages) =>
        Json(context, status, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errorMessages");
            foreach (var message in messages)
            {
                w.WriteStringValue(message);
            }

            w.WriteEndArray();
            w.WriteStartObject("errors");
            w.WriteEndObject();
            w.WriteEndObject();
        });

    public static Task Error(HttpContext context, int status, string message) => Errors(context, status, [message]);
}
