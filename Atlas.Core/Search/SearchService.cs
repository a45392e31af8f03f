using System.Diagnostics;
using Atlas.Core.Jql;
using Microsoft.Extensions.Logging;

namespace Atlas.Core.Search;

/// <summary>
/// JQL search for the hosts: every query is checked locally first (invalid JQL is reported with positions and never
/// run), then answered by Jira (<see cref="SearchSource.Live"/>), the local cache (<see cref="SearchSource.Offline"/>),
/// or Jira falling back to the cache when Jira cannot be reached (<see cref="SearchSource.Auto"/>).
/// </summary>
public sealed partial class SearchService
{
    /// <summary>The limit when none is given.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest limit a search accepts.</summary>
    public const int MaxLimit = 10_000;

    private const string Unbounded = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";

    private readonly LiveSearch _live;
    private readonly OfflineSearch _offline;
    private readonly TimeProvider _time;
    private readonly ILogger<SearchService> _logger;

    internal SearchService(LiveSearch live, OfflineSearch offline, TimeProvider time, ILogger<SearchService> logger)
    {
        _live = live;
        _offline = offline;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs <paramref name="jql"/> from <paramref name="source"/> and returns at most <paramref name="limit"/> tickets in the query's order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not between 1 and <see cref="MaxLimit"/>.</exception>
    public async Task<SearchResponse> SearchAsync(string? jql, SearchSource source = SearchSource.Auto, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        var parsed = Jql.Jql.Parse(jql);
        if (!parsed.IsValid)
        {
            return SearchResponse.Failed(SearchOutcome.Invalid, "The query is not valid JQL.", parsed.Errors);
        }

        if (parsed.Query!.Where is null)
        {
            return SearchResponse.Failed(SearchOutcome.Invalid, Unbounded, [new JqlError(Unbounded, 0, parsed.Text.Length, JqlErrorKind.Validation)]);
        }

        var started = Stopwatch.GetTimestamp();
        var response = source switch
        {
            SearchSource.Offline => await OfflineAsync(parsed, limit, null, cancellationToken),
            SearchSource.Live => await LiveAsync(parsed, limit, cancellationToken),
            _ => await AutoAsync(parsed, limit, cancellationToken),
        };
        if (response.Results is { } results)
        {
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            SearchLog.Answered(_logger, results.Source, results.Count, elapsedMs);
        }

        return response;
    }

    /// <summary>Checks <paramref name="jql"/> without running it: errors with positions, and what only Jira can answer.</summary>
    public JqlValidation Validate(string? jql)
    {
        var parsed = Jql.Jql.Parse(jql);
        if (!parsed.IsValid)
        {
            return new JqlValidation(false, parsed.Errors, false, parsed.OfflineBlockers);
        }

        var translation = Jql.Sql.JqlSqlTranslator.Translate(parsed.Query!, Jql.Sql.JqlSqlContext.ForChecking(_time.GetUtcNow()), DefaultLimit);
        var noted = parsed.OfflineBlockers.Select(blocker => blocker.Position).ToHashSet();
        var needsJira = parsed.OfflineBlockers.Concat(translation.Blockers.Where(blocker => !noted.Contains(blocker.Position))).ToList();
        return new JqlValidation(translation.Errors.Count == 0, translation.Errors, needsJira.Count == 0 && translation.Errors.Count == 0, needsJira);
    }
}
