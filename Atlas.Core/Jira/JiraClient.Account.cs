namespace Atlas.Core.Jira;

internal sealed partial class JiraClient
{
    /// <summary>Jira's limits for <c>project/search</c>: 50 keys per call, 100 projects per page.</summary>
    private const int ProjectKeysPerCall = 50;
    private const int ProjectPage = 100;

    /// <summary>The account Atlas signs in as; also the cheapest "are the credentials good?" call.</summary>
    public async Task<JiraMyself> GetMyselfAsync(CancellationToken cancellationToken = default)
    {
        const string operation = "the account lookup (/myself)";
        using var request = Get("rest/api/3/myself");
        using var response = await SendAsync(request, operation, notFoundIsEmpty: false, cancellationToken);
        var me = await ReadAsync(response!, JiraJsonContext.Default.MyselfWire, operation, cancellationToken);
        if (string.IsNullOrWhiteSpace(me.AccountId) || string.IsNullOrWhiteSpace(me.TimeZone))
        {
            // Without the time zone, incremental syncs would read their watermark in the wrong zone and skip tickets.
            throw Logged(new JiraResponseException($"Jira's answer to {operation} lacks the accountId or timeZone Atlas needs."));
        }

        return new JiraMyself(me.AccountId, me.DisplayName ?? "", me.EmailAddress, me.TimeZone, me.Locale);
    }

    /// <summary>The visible projects among <paramref name="keys"/> (all visible ones when empty); Jira's 404 "none match" is empty.</summary>
    public async Task<IReadOnlyList<JiraProject>> GetProjectsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var projects = new List<JiraProject>();
        var batches = keys.Count == 0 ? [[]] : keys.Chunk(ProjectKeysPerCall);
        foreach (var batch in batches)
        {
            await AddProjectsAsync(batch, projects, cancellationToken);
        }

        return projects;
    }

    private async Task AddProjectsAsync(string[] keys, List<JiraProject> projects, CancellationToken cancellationToken)
    {
        const string operation = "the project search";
        var keysQuery = string.Concat(keys.Select(key => $"&keys={Uri.EscapeDataString(key)}"));
        var startAt = 0;
        while (true)
        {
            using var request = Get($"rest/api/3/project/search?startAt={startAt}&maxResults={ProjectPage}{keysQuery}");
            using var response = await SendAsync(request, operation, notFoundIsEmpty: true, cancellationToken);
            var page = response is null ? null : await ReadAsync(response, JiraJsonContext.Default.ProjectPageWire, operation, cancellationToken);
            var values = page?.Values ?? [];
            projects.AddRange(values.Where(p => !string.IsNullOrEmpty(p.Key)).Select(p => new JiraProject(p.Id ?? "", p.Key!, p.Name ?? p.Key!)));
            if (page?.IsLast != false || values.Count == 0)
            {
                return;
            }

            startAt += values.Count;
        }
    }
}
