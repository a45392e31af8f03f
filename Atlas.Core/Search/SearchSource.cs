namespace Atlas.Core.Search;

/// <summary>Where a JQL search may answer from.</summary>
public enum SearchSource
{
    /// <summary>Jira when it answers; the local cache when Jira cannot be reached (and the query can run offline).</summary>
    Auto,

    /// <summary>Jira only; fails when Jira cannot be reached.</summary>
    Live,

    /// <summary>The local cache only.</summary>
    Offline,
}

/// <summary>How a search ended.</summary>
public enum SearchOutcome
{
    /// <summary>The query ran; the tickets are in <see cref="SearchResponse.Results"/>.</summary>
    Found,

    /// <summary>The query is not valid JQL (checked locally, or refused by Jira); see <see cref="SearchResponse.Errors"/>.</summary>
    Invalid,

    /// <summary>An offline search was asked for, but only Jira can answer the query; see <see cref="SearchResponse.Errors"/>.</summary>
    NeedsJira,

    /// <summary>Jira was required (live, or a query only Jira can answer) and could not be reached.</summary>
    Unreachable,

    /// <summary>The local cache has never been synced, so it cannot answer.</summary>
    NoCache,
}
