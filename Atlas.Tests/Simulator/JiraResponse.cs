using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Atlas.Tests.Simulator;

/// <summary>A response read in full: status, headers, raw text and (when it parses) the JSON.</summary>
internal sealed record JiraResponse(HttpStatusCode Status, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Text)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public IReadOnlyList<string> ErrorMessages => [.. Json.GetProperty("errorMessages").EnumerateArray().Select(e => e.GetString()!)];

    public string Header(string name) =>
        Headers.TryGetValues(name, out var values) ? string.Join(",", values) : ContentHeaders.TryGetValues(name, out var c) ? string.Join(",", c) : "";
}
