using System.Net;
using System.Text.Json;

namespace Atlas.Tests.Simulator;

internal static class SearchHelpers
{
    /// <summary>All issues matching <paramref name="jql"/> (one page of up to 100) with the given fields.</summary>
    public static async Task<List<JsonElement>> SearchAsync(this HttpClient client, string jql, params string[] fields)
    {
        var response = await client.PostJiraAsync("rest/api/3/search/jql", new { jql, fields = fields.Length == 0 ? ["key"] : fields, maxResults = 100 });
        Assert.True(response.Status == HttpStatusCode.OK, $"{jql}: {response.Text}");
        return [.. response.Json.GetProperty("issues").EnumerateArray()];
    }

    public static async Task<List<string>> KeysAsync(this HttpClient client, string jql) =>
        [.. (await client.SearchAsync(jql, "key")).Select(i => i.GetProperty("key").GetString()!)];

    public static async Task<IReadOnlyList<string>> JqlErrorsAsync(this HttpClient client, string jql)
    {
        var response = await client.PostJiraAsync("rest/api/3/search/jql", new { jql });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        return response.ErrorMessages;
    }

    public static JsonElement Field(this JsonElement issue, string name) => issue.GetProperty("fields").GetProperty(name);
}
