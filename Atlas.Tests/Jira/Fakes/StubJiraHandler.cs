using System.Net;
using System.Text;

namespace Atlas.Tests.Jira.Fakes;

/// <summary>The network as a queue of answers; records every request it sees (with the fake clock's time).</summary>
internal sealed class StubJiraHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Answers once the queue is empty; by default a failing test, not a silent 200.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage> Otherwise { get; set; } =
        request => throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public StubJiraHandler Respond(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? decorate = null) =>
        Answer(request =>
        {
            var response = Json(status, json);
            decorate?.Invoke(response);
            return response;
        });

    public StubJiraHandler Fail(Exception exception) => Answer(_ => throw exception);

    /// <summary>Never answers; only the caller's cancellation (the attempt timeout) ends the attempt.</summary>
    public StubJiraHandler Hang() => Answer(_ => throw new HangException());

    public StubJiraHandler Answer(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        lock (_gate)
        {
            _answers.Enqueue(answer);
        }

        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string? json) =>
        new(status) { Content = new StringContent(json ?? "", Encoding.UTF8, "application/json") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Func<HttpRequestMessage, HttpResponseMessage> answer;
        lock (_gate)
        {
            _requests.Add(RecordedRequest.Of(request, time.GetUtcNow()));
            answer = _answers.Count > 0 ? _answers.Dequeue() : Otherwise;
        }

        try
        {
            var response = answer(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
        catch (HangException)
        {
            return HangAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<HttpResponseMessage>(exception);
        }
    }

    private static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    private sealed class HangException : Exception;
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization, string Accept, string UserAgent, DateTimeOffset At)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public static RecordedRequest Of(HttpRequestMessage request, DateTimeOffset at) => new(
        request.Method,
        request.RequestUri!,
        request.Content?.ReadAsStringAsync().GetAwaiter().GetResult(),
        request.Headers.Authorization?.ToString(),
        request.Headers.Accept.ToString(),
        request.Headers.UserAgent.ToString(),
        at);
}
