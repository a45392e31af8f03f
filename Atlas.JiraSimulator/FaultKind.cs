namespace Atlas.JiraSimulator;

/// <summary>A failure the simulator can inject into a /rest response.</summary>
public enum FaultKind
{
    /// <summary>HTTP 500 with a Jira error body.</summary>
    InternalServerError,

    /// <summary>HTTP 502 with an HTML body, as a proxy would send.</summary>
    BadGateway,

    /// <summary>HTTP 503 with `Retry-After`.</summary>
    ServiceUnavailable,

    /// <summary>HTTP 504 with an HTML body.</summary>
    GatewayTimeout,

    /// <summary>HTTP 429 with `Retry-After` and the rate-limit headers.</summary>
    TooManyRequests,

    /// <summary>HTTP 200 whose JSON body is cut in half (Content-Length matches the cut body).</summary>
    TruncatedBody,

    /// <summary>HTTP 200 with a non-JSON body.</summary>
    GarbageBody,

    /// <summary>The connection is aborted after part of the response was sent.</summary>
    DropConnection,
}
