using Microsoft.Extensions.Logging;

namespace Atlas.Core.Jira;

/// <summary>
/// The innermost handler, so it sees each attempt the retry makes: counts it, notes Jira's <c>Date</c> header and
/// reads and checks the body, so a connection dropped mid-body, a cut-off JSON document or a proxy's HTML page fails
/// inside the attempt (and is retried) rather than later.
/// </summary>
internal sealed class JiraWireHandler(JiraCallCounter counter, TimeProvider timeProvider, ILogger<JiraWireHandler> logger) : DelegatingHandler
{
    /// <summary>Attempts made for one request message (the retry resends the same message).</summary>
    public static readonly HttpRequestOptionsKey<int> AttemptsKey = new("Atlas.Jira.Attempts");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.RecordAttempt();
        request.Options.TryGetValue(AttemptsKey, out var attempts);
        request.Options.Set(AttemptsKey, attempts + 1);
        var started = timeProvider.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        JiraLog.Attempt(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", (int)response.StatusCode, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
        if (response.Headers.Date is { } serverDate)
        {
            counter.RecordServerDate(serverDate);
        }

        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            await JiraBodyCheck.EnsureCompleteJsonAsync(response, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
