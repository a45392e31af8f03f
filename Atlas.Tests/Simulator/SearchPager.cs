using System.Net;
using System.Text.Json;

namespace Atlas.Tests.Simulator;

/// <summary>Pages through search/jql to the end, checking the enhanced-search page contract on every page.</summary>
internal static class SearchPager
{
    public sealed record Paged(List<string> Ids, int Pages, int LargestPage);

    /// <summary>Pages with GET (query string) or POST (body); <paramref name="fields"/> null means the default.</summary>
    public static async Task<Paged> PageAllAsync(HttpClient client, string jql, int maxResults, string[]? fields, bool post)
    {
        var ids = new List<string>();
        string? token = null;
        var (pages, largest) = (0, 0);
        do
        {
            var response = post ? await client.PostJiraAsync("rest/api/3/search/jql", Body(jql, maxResults, fields, token)) : await client.GetJiraAsync(Url(jql, maxResults, fields, token));
            Assert.Equal(HttpStatusCode.OK, response.Status);
            using var document = JsonDocument.Parse(response.Text);
            var root = document.RootElement;
            Assert.False(root.TryGetProperty("total", out _));
            Assert.False(root.TryGetProperty("startAt", out _));
            Assert.False(root.TryGetProperty("maxResults", out _));
            var issues = root.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
            ids.AddRange(issues);
            (pages, largest) = (pages + 1, Math.Max(largest, issues.Count));
            var isLast = root.GetProperty("isLast").GetBoolean();
            token = root.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            Assert.Equal(isLast, token is null);
        }
        while (token is not null);

        return new Paged(ids, pages, largest);
    }

    private static Dictionary<string, object?> Body(string jql, int maxResults, string[]? fields, string? token)
    {
        var body = new Dictionary<string, object?> { ["jql"] = jql, ["maxResults"] = maxResults };
        if (fields is not null)
        {
            body["fields"] = fields;
        }

        if (token is not null)
        {
            body["nextPageToken"] = token;
        }

        return body;
    }

    private static string Url(string jql, int maxResults, string[]? fields, string? token)
    {
        var url = $"rest/api/3/search/jql?jql={JiraHttp.Query(jql)}&maxResults={maxResults}";
        url += fields is null ? "" : string.Concat(fields.Select(f => "&fields=" + Uri.EscapeDataString(f)));
        return token is null ? url : url + "&nextPageToken=" + Uri.EscapeDataString(token);
    }
}
