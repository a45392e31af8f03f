namespace Atlas.Core.Jql;

/// <summary>The outcome of <see cref="Jql.Parse(string?)"/>: the query if it parsed, what is wrong with it, and what keeps it from running offline.</summary>
public sealed class JqlParseResult
{
    internal JqlParseResult(string text, JqlQuery? query, IReadOnlyList<JqlError> errors, IReadOnlyList<JqlError> offlineBlockers)
    {
        Text = text;
        Query = query;
        Errors = errors;
        OfflineBlockers = offlineBlockers;
    }

    /// <summary>The query text as given.</summary>
    public string Text { get; }

    /// <summary>The syntax tree; null when the text is not JQL. Present (with <see cref="Errors"/>) when only validation failed.</summary>
    public JqlQuery? Query { get; }

    /// <summary>Syntax errors (at most one: the first, as Jira reports) or validation errors; empty when the query is valid.</summary>
    public IReadOnlyList<JqlError> Errors { get; }

    /// <summary>Why the local cache cannot answer this query (change history, sprints, groups, uncached fields…); empty when it can.</summary>
    public IReadOnlyList<JqlError> OfflineBlockers { get; }

    /// <summary>Whether the query is valid JQL as far as Atlas can tell locally.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Whether the query is valid and the local cache can evaluate all of it.</summary>
    public bool CanRunOffline => IsValid && OfflineBlockers.Count == 0;
}
