namespace Atlas.Core.Jira;

/// <summary>Jira could not give Atlas what it asked for; the message says why in words a tester understands.</summary>
public abstract class JiraException : Exception
{
    protected JiraException(string message, int? statusCode, IReadOnlyList<string>? jiraMessages, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        JiraMessages = jiraMessages ?? [];
    }

    /// <summary>The HTTP status Jira answered with, when it answered at all.</summary>
    public int? StatusCode { get; }

    /// <summary>Jira's own error texts (<c>errorMessages</c> and field <c>errors</c>), e.g. the JQL parser's complaint.</summary>
    public IReadOnlyList<string> JiraMessages { get; }
}

/// <summary>HTTP 401: the email/API token pair was refused.</summary>
public sealed class JiraAuthenticationException(string message, IReadOnlyList<string>? jiraMessages = null)
    : JiraException(message, 401, jiraMessages, null);

/// <summary>HTTP 403: the account may not do this (or Jira demands a CAPTCHA after failed logins).</summary>
public sealed class JiraForbiddenException(string message, IReadOnlyList<string>? jiraMessages = null)
    : JiraException(message, 403, jiraMessages, null);

/// <summary>HTTP 400: Jira refused the request, e.g. invalid or unbounded JQL; never to be read as "no results".</summary>
public sealed class JiraBadRequestException(string message, IReadOnlyList<string>? jiraMessages = null)
    : JiraException(message, 400, jiraMessages, null);

/// <summary>HTTP 404 where the resource must exist (an endpoint, not an issue): usually a wrong base URL.</summary>
public sealed class JiraNotFoundException(string message, IReadOnlyList<string>? jiraMessages = null)
    : JiraException(message, 404, jiraMessages, null);

/// <summary>HTTP 410: Jira removed the API Atlas called; never to be read as "no results".</summary>
public sealed class JiraApiRemovedException(string message, IReadOnlyList<string>? jiraMessages = null)
    : JiraException(message, 410, jiraMessages, null);

/// <summary>Jira could not be reached or kept failing (DNS, refused, timeouts, 5xx or 429 after all retries): hosts exit 3 / report degraded.</summary>
public sealed class JiraUnavailableException(string message, int? statusCode = null, Exception? innerException = null)
    : JiraException(message, statusCode, null, innerException);

/// <summary>Jira answered something Atlas cannot use: malformed JSON, an unexpected status, a broken page.</summary>
public sealed class JiraResponseException(string message, int? statusCode = null, Exception? innerException = null)
    : JiraException(message, statusCode, null, innerException);
