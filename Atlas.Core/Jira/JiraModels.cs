namespace Atlas.Core.Jira;

/// <summary>
/// The account Atlas signs in as (<c>GET /rest/api/3/myself</c>). <c>TimeZone</c> is the IANA id of the account's
/// profile time zone: Jira reads bare JQL dates in it. <c>EmailAddress</c> may be hidden by privacy settings.
/// </summary>
internal sealed record JiraMyself(string AccountId, string DisplayName, string? EmailAddress, string TimeZone, string? Locale);

/// <summary>A project the account can see.</summary>
internal sealed record JiraProject(string Id, string Key, string Name);

/// <summary>One query's verdict from <c>POST /rest/api/3/jql/parse?validation=strict</c>.</summary>
internal sealed record JqlParseResult(string Query, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>An enhanced search (<c>POST /rest/api/3/search/jql</c>); every page is asked with the identical JQL and fields.</summary>
internal sealed record JiraSearchRequest
{
    /// <summary>The largest page Jira gives (for id-only searches); for full fields Jira gives less and Atlas follows.</summary>
    public const int LargestPage = 5000;

    /// <summary>Jira accepts at most this many ids in <see cref="ReconcileIssues"/>.</summary>
    public const int MostReconciledIssues = 50;

    /// <summary>Bounded JQL (Jira refuses unbounded queries with HTTP 400).</summary>
    public required string Jql { get; init; }

    public IReadOnlyList<string> Fields { get; init; } = JiraFields.Stored;

    public int MaxResults { get; init; } = LargestPage;

    /// <summary>Resume from a checkpointed token (valid for 7 days); null starts at the first page.</summary>
    public string? NextPageToken { get; init; }

    /// <summary>Issue ids whose latest writes the results must reflect (read-after-write), at most 50.</summary>
    public IReadOnlyList<long> ReconcileIssues { get; init; } = [];

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Jql, nameof(Jql));
        if (Fields.Count == 0 || MaxResults is < 1 or > LargestPage || ReconcileIssues.Count > MostReconciledIssues)
        {
            throw new ArgumentException($"A Jira search needs at least one field, MaxResults between 1 and {LargestPage}, and at most {MostReconciledIssues} issues to reconcile.");
        }
    }
}
