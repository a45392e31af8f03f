using System.Text;
using System.Text.Json;

namespace Atlas.Tests.Simulator;

/// <summary>Small helpers for calling the simulator over real HTTP.</summary>
internal static class JiraHttp
{
    public static async Task<JiraResponse> GetJiraAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response);
    }

    public static Task<JiraResponse> PostJiraAsync(this HttpClient client, string path, object body) =>
        client.PostRawJiraAsync(path, JsonSerializer.Serialize(body));

    public static async Task<JiraResponse> PostRawJiraAsync(this HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return await ReadAsync(response);
    }

    public static async Task<JiraResponse> SendJiraAsync(this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    public static string Query(string jql) => Uri.EscapeDataString(jql);

    private static async Task<JiraResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Headers, response.Content.Headers, await response.Content.ReadAsStringAsync());
}
