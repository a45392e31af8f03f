using Polly.Timeout;

namespace Atlas.Core.Jira;

/// <summary>Turns a failed Jira call into the exception (and the sentence) a tester can act on.</summary>
internal static class JiraErrors
{
    public const string TokenPage = "https://id.atlassian.com/manage-profile/security/api-tokens";

    public static async Task<JiraException> FromResponseAsync(HttpResponseMessage response, JiraCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var said = call.Scrub(JiraErrorBody.Messages(body));
        return (int)response.StatusCode switch
        {
            400 => new JiraBadRequestException(call.Scrub($"Jira refused {call.Operation} (HTTP 400): {Join(said, "no reason given")}"), said),
            401 => new JiraAuthenticationException(call.Scrub(Unauthorized(call, said)), said),
            403 => new JiraForbiddenException(call.Scrub(Forbidden(response, call, said)), said),
            404 => new JiraNotFoundException(call.Scrub(NotFound(call, said)), said),
            410 => new JiraApiRemovedException(call.Scrub(Removed(call, said)), said),
            429 => new JiraUnavailableException(call.Scrub(RateLimited(response, call, now, said)), 429),
            >= 500 => new JiraUnavailableException(call.Scrub(ServerFailing(response, call, said)), (int)response.StatusCode),
            _ => new JiraResponseException(call.Scrub(Unexpected(response, call, said)), (int)response.StatusCode),
        };
    }

    /// <summary>True for the failures that mean "Jira cannot be reached" rather than a caller's cancellation.</summary>
    public static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) =>
        JiraTransientFaults.IsTransient(exception)
        || exception is Polly.RateLimiting.RateLimiterRejectedException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    public static JiraUnavailableException Unreachable(Exception exception, JiraCall call)
    {
        var what = exception is TimeoutRejectedException or OperationCanceledException
            ? $"Jira did not answer {call.Operation} within {call.RequestTimeout.TotalSeconds:0.#} s (Atlas:Jira:RequestTimeout)"
            : $"Could not reach Jira at {call.BaseUrl} for {call.Operation}: {exception.Message}";
        return new JiraUnavailableException(call.Scrub($"{what} ({Attempts(call)})."), null, exception);
    }

    private static string Unauthorized(JiraCall call, IReadOnlyList<string> said) =>
        "Jira rejected the credentials (HTTP 401): the API token in Atlas:Jira:ApiToken is invalid or expired, "
        + "or Atlas:Jira:Email does not own it. Create a new token at " + TokenPage
        + " and set it as Atlas__Jira__ApiToken (or JIRA_API_TOKEN). " + ScopedTokenHint(call.BaseUrl) + JiraSaid(said);

    private static string ScopedTokenHint(Uri? baseUrl) =>
        baseUrl?.Host.Equals("api.atlassian.com", StringComparison.OrdinalIgnoreCase) == true
            ? "Atlas:Jira:BaseUrl points at https://api.atlassian.com/ex/jira/<cloudId>, which needs a scoped API token "
              + "(with read:jira-work and read:jira-user) and the right cloudId; a classic token works only at https://<site>.atlassian.net."
            : "A scoped API token is refused at https://<site>.atlassian.net: with one, set Atlas:Jira:BaseUrl to "
              + "https://api.atlassian.com/ex/jira/<cloudId>.";

    private static string Forbidden(HttpResponseMessage response, JiraCall call, IReadOnlyList<string> said)
    {
        var captcha = response.Headers.TryGetValues("X-Seraph-LoginReason", out var reasons)
            && reasons.Any(r => r.Contains("AUTHENTICATION_DENIED", StringComparison.OrdinalIgnoreCase));
        return captcha
            ? $"Jira refused {call.Operation} (HTTP 403) and asks for a CAPTCHA after failed logins: sign in once at {call.BaseUrl} in a browser, then try again."
            : $"Jira refused {call.Operation} (HTTP 403): the account in Atlas:Jira:Email lacks the permission "
              + "(e.g. Browse Projects), or the scoped token lacks the scope." + JiraSaid(said);
    }

    private static string NotFound(JiraCall call, IReadOnlyList<string> said) =>
        $"Jira answered HTTP 404 for {call.Operation} ({call.Path}): check Atlas:Jira:BaseUrl ({call.BaseUrl}); it must be "
        + "https://<site>.atlassian.net or https://api.atlassian.com/ex/jira/<cloudId>." + JiraSaid(said);

    private static string Removed(JiraCall call, IReadOnlyList<string> said) =>
        $"Jira removed this API (HTTP 410): {call.Operation} ({call.Path}) no longer exists on this Jira, so Atlas needs an update. "
        + "This is an error, not an empty result." + JiraSaid(said);

    private static string RateLimited(HttpResponseMessage response, JiraCall call, DateTimeOffset now, IReadOnlyList<string> said)
    {
        var reason = response.Headers.TryGetValues("RateLimit-Reason", out var reasons) ? $" (RateLimit-Reason: {reasons.First()})" : "";
        var wait = JiraRetryDelay.ServerRequested(response, now) is { } requested ? $"; it asks to wait {requested.TotalSeconds:0} s" : "";
        return $"Jira kept rate-limiting {call.Operation} (HTTP 429){reason}{wait} ({Attempts(call)})." + JiraSaid(said);
    }

    private static string ServerFailing(HttpResponseMessage response, JiraCall call, IReadOnlyList<string> said) =>
        $"Jira is failing: {call.Operation} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} ({Attempts(call)})." + JiraSaid(said);

    private static string Unexpected(HttpResponseMessage response, JiraCall call, IReadOnlyList<string> said) =>
        $"Jira answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} to {call.Operation}, which Atlas does not expect." + JiraSaid(said);

    private static string Attempts(JiraCall call) => call.Attempts == 1 ? "1 attempt" : $"{call.Attempts} attempts";

    private static string JiraSaid(IReadOnlyList<string> said) => said.Count == 0 ? "" : $" Jira said: {string.Join(" ", said)}";

    private static string Join(IReadOnlyList<string> said, string fallback) => said.Count == 0 ? fallback : string.Join(" ", said);
}
