using System.Text.Json;

namespace Atlas.Core.Jira;

/// <summary>
/// A successful answer must be whole JSON. A 200 carrying an HTML page (a proxy or gateway in the way) or a JSON
/// document cut short is a transient failure of that attempt, not Jira's answer: it is raised as an
/// <see cref="HttpRequestException"/> so the retry policy tries again.
/// </summary>
internal static class JiraBodyCheck
{
    public static async Task EnsureCompleteJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new HttpRequestException($"Jira answered HTTP {status} with '{mediaType}' instead of JSON (a proxy or gateway page?).");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length > 0 && !IsCompleteJson(body))
        {
            throw new HttpRequestException($"Jira's HTTP {status} answer ended before its JSON was complete ({body.Length} bytes).");
        }
    }

    private static bool IsCompleteJson(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
