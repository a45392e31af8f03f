using System.Text.Json;

namespace Atlas.Core.Jira;

internal sealed partial class JiraClient
{
    /// <summary>Jira's limit for <c>POST issue/bulkfetch</c>.</summary>
    public const int BulkFetchBatch = 100;

    /// <summary>One issue (<c>GET issue/{idOrKey}</c>), or null when Jira answers 404 — missing or not visible, Jira does not say which.</summary>
    public async Task<JsonElement?> GetIssueAsync(string idOrKey, IReadOnlyList<string>? fields = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrKey);
        var operation = $"the lookup of issue {idOrKey}";
        var query = string.Join(',', (fields ?? JiraFields.Stored).Select(Uri.EscapeDataString));
        using var request = Get($"rest/api/3/issue/{Uri.EscapeDataString(idOrKey)}?fields={query}");
        using var response = await SendAsync(request, operation, notFoundIsEmpty: true, cancellationToken);
        if (response is null)
        {
            return null;
        }

        using var document = await ReadDocumentAsync(response, operation, cancellationToken);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.Clone()
            : throw Logged(new JiraResponseException($"Jira's answer to {operation} is not a JSON object."));
    }

    /// <summary>
    /// Issues by id or key through <c>POST issue/bulkfetch</c>, 100 per call. Missing or invisible issues are simply absent.
    /// Meant for targeted re-reads (search lag, reconciliation), not whole projects: the result is held in memory.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> BulkFetchAsync(IReadOnlyCollection<string> idsOrKeys, IReadOnlyList<string>? fields = null, CancellationToken cancellationToken = default)
    {
        var issues = new List<JsonElement>(idsOrKeys.Count);
        foreach (var batch in idsOrKeys.Chunk(BulkFetchBatch))
        {
            issues.AddRange(await BulkFetchBatchAsync(batch, fields ?? JiraFields.Stored, cancellationToken));
        }

        return issues;
    }

    private async Task<List<JsonElement>> BulkFetchBatchAsync(string[] batch, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        const string operation = "the bulk issue fetch";
        using var request = Post("rest/api/3/issue/bulkfetch", new BulkFetchBody(batch, fields), JiraJsonContext.Default.BulkFetchBody);
        using var response = await SendAsync(request, operation, notFoundIsEmpty: false, cancellationToken);
        using var document = await ReadDocumentAsync(response!, operation, cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("issues", out var issues) || issues.ValueKind != JsonValueKind.Array)
        {
            throw Logged(new JiraResponseException($"Jira's answer to {operation} has no 'issues' array."));
        }

        return [.. issues.EnumerateArray().Select(issue => issue.Clone())];
    }
}
