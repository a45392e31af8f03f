namespace Atlas.Core.Jira;

/// <summary>What error messages need to know about one client call. A class, not a record: it must never print the secret.</summary>
internal sealed class JiraCall(string operation, string path, Uri? baseUrl, int attempts, TimeSpan requestTimeout, string? secret)
{
    /// <summary>In words, e.g. "the JQL search".</summary>
    public string Operation { get; } = operation;

    /// <summary>The relative request path, without the query.</summary>
    public string Path { get; } = path;

    public Uri? BaseUrl { get; } = baseUrl;

    /// <summary>HTTP attempts made, retries included.</summary>
    public int Attempts { get; } = attempts;

    public TimeSpan RequestTimeout { get; } = requestTimeout;

    /// <summary>Hides the token should any text from Jira or the network ever echo it.</summary>
    public string Scrub(string text) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);

    public IReadOnlyList<string> Scrub(IReadOnlyList<string> texts) => texts.Select(Scrub).ToList();

    public override string ToString() => $"{Operation} ({Path})";
}
