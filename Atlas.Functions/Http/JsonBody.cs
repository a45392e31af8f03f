using System.Text.Json;
using Atlas.Core;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Http;

/// <summary>Reads a small JSON request body into a record, or says in words why it cannot.</summary>
internal static class JsonBody
{
    private const int MaxBytes = 64 * 1024;

    public static async Task<(T? Body, string? Problem)> ReadAsync<T>(HttpRequest request, string example, CancellationToken cancellationToken)
        where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, $"The body is larger than {MaxBytes / 1024} KB.");
        }

        try
        {
            var body = buffer.Length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.ToArray(), AtlasJson.Options);
            return body is null ? (null, $"The body must be a JSON object such as {example}.") : (body, null);
        }
        catch (JsonException invalid)
        {
            return (null, $"The body is not valid JSON of the expected shape ({example}): {invalid.Message}");
        }
    }
}
