using System.Text.Json;

namespace Atlas.Core.Jira;

/// <summary>
/// One page of an enhanced search, parsed once. <see cref="Issues"/> are views into this page's document: use them
/// (map, store) before asking for the next page — the search disposes each page when it moves on.
/// </summary>
internal sealed class JiraSearchPage : IDisposable
{
    private readonly JsonDocument _document;

    private JiraSearchPage(JsonDocument document, IReadOnlyList<JsonElement> issues, string? pageToken, string? nextPageToken)
    {
        _document = document;
        Issues = issues;
        PageToken = pageToken;
        NextPageToken = nextPageToken;
    }

    /// <summary>The raw issue objects as Jira sent them (<c>id</c>, <c>key</c>, <c>fields</c>, ...).</summary>
    public IReadOnlyList<JsonElement> Issues { get; }

    /// <summary>The token that fetched this page (null for the first page).</summary>
    public string? PageToken { get; }

    /// <summary>The token of the page after this one, to checkpoint once this page is stored; null on the last page.</summary>
    public string? NextPageToken { get; }

    public bool IsLast => NextPageToken is null;

    /// <summary>Takes ownership of <paramref name="document"/>; a page that breaks the paging contract is refused.</summary>
    public static JiraSearchPage Parse(JsonDocument document, string? pageToken)
    {
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Broken("it is not a JSON object");
            }

            return new JiraSearchPage(document, ReadIssues(root), pageToken, ReadNextPageToken(root, pageToken));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose() => _document.Dispose();

    private static List<JsonElement> ReadIssues(JsonElement root) =>
        !root.TryGetProperty("issues", out var issues) || issues.ValueKind == JsonValueKind.Null ? []
        : issues.ValueKind == JsonValueKind.Array ? [.. issues.EnumerateArray()]
        : throw Broken("'issues' is not an array");

    private static string? ReadNextPageToken(JsonElement root, string? pageToken)
    {
        var token = root.TryGetProperty("nextPageToken", out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw Broken("'nextPageToken' is not a string"),
        } : null;
        var isLast = root.TryGetProperty("isLast", out var last) ? last.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Broken("'isLast' is not true or false"),
        } : string.IsNullOrEmpty(token);
        return isLast ? null : ValidNextToken(token, pageToken);
    }

    private static string ValidNextToken(string? token, string? pageToken) =>
        string.IsNullOrEmpty(token) ? throw Broken("it says more pages follow (isLast: false) but has no nextPageToken")
        : token == pageToken ? throw Broken("it sent the same nextPageToken again; Atlas stops instead of looping")
        : token;

    private static JiraResponseException Broken(string why) =>
        new($"Jira sent a search page Atlas cannot follow: {why}.");
}
