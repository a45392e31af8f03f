using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Jira;

/// <summary>
/// The typed Jira Cloud REST v3 client. Its <see cref="HttpClient"/> carries the auth headers, the retry/rate-limit
/// pipeline and the call counter (see <see cref="JiraServiceCollectionExtensions"/>); this class speaks the endpoints
/// and turns every failure into a <see cref="JiraException"/>.
/// </summary>
internal sealed partial class JiraClient(HttpClient http, IOptionsMonitor<AtlasOptions> options, TimeProvider timeProvider, ILogger<JiraClient> logger) : IJiraApi
{
    public string Transport => $"REST v3 at {options.CurrentValue.Jira.BaseUrl}";

    // Deeply nested descriptions must not make a whole page unreadable; AdfText limits its own depth.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 512 };
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Sends <paramref name="request"/>; null only for a 404 when <paramref name="notFoundIsEmpty"/>.</summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpRequestMessage request, string operation, bool notFoundIsEmpty, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (JiraErrors.IsUnreachable(exception, cancellationToken))
        {
            throw Logged(JiraErrors.Unreachable(exception, Describe(request, operation)));
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            if (notFoundIsEmpty && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            var call = Describe(request, operation);
            throw Logged(await JiraErrors.FromResponseAsync(response, call, timeProvider.GetUtcNow(), cancellationToken));
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(body, type, cancellationToken)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException exception)
        {
            throw Logged(Malformed(operation, response, exception));
        }
    }

    private async Task<JsonDocument> ReadDocumentAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonDocument.ParseAsync(body, DocumentOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw Logged(Malformed(operation, response, exception));
        }
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post<T>(string path, T body, JsonTypeInfo<T> type)
    {
        // Bytes, not a streamed JsonContent: a retry must be able to send the identical body again.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, type));
        content.Headers.ContentType = JsonContentType;
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private JiraCall Describe(HttpRequestMessage request, string operation)
    {
        var jira = options.CurrentValue.Jira;
        request.Options.TryGetValue(JiraWireHandler.AttemptsKey, out var attempts);
        var path = request.RequestUri?.OriginalString.Split('?')[0] ?? "";
        return new JiraCall(operation, path, jira.BaseUrl, attempts, jira.RequestTimeout, jira.ApiToken);
    }

    private static JiraResponseException Malformed(string operation, HttpResponseMessage response, JsonException exception) =>
        new($"Jira's answer to {operation} is not the JSON Atlas expects (HTTP {(int)response.StatusCode}, "
            + $"{response.Content.Headers.ContentType?.MediaType ?? "no content type"}): {exception.Message}", (int)response.StatusCode, exception);

    private JiraException Logged(JiraException exception)
    {
        JiraLog.CallFailed(logger, exception.Message);
        return exception;
    }
}
