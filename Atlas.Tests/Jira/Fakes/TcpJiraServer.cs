using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Atlas.Tests.Jira.Fakes;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 speaking raw TCP, so tests can also misbehave the way networks do:
/// drop the connection, or cut a body short. One request per connection (it always answers Connection: close).
/// </summary>
internal sealed class TcpJiraServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Queue<Func<Stream, Task>> _behaviours = new();
    private readonly List<string> _requests = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TcpJiraServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>A base URL with a path prefix, like a scoped-token site's.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ex/jira/cloud-123");

    /// <summary>Each request's head (request line and headers) and body, as received.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public TcpJiraServer Reply(int status, string json, string extraHeaders = "") => Then(stream =>
        WriteAsync(stream, $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(json)}\r\n{extraHeaders}Connection: close\r\n\r\n{json}"));

    /// <summary>
    /// Starts answering, then closes the connection. (A connection closed before any byte of the answer is retried
    /// once by SocketsHttpHandler itself, unseen by Atlas's handlers.)
    /// </summary>
    public TcpJiraServer Drop() => Then(stream => WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: appl"));

    /// <summary>Promises a body twice as long as the part it sends, then closes.</summary>
    public TcpJiraServer Truncate(string json) => Then(stream =>
        WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {json.Length * 2}\r\nConnection: close\r\n\r\n{json}"));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private TcpJiraServer Then(Func<Stream, Task> behaviour)
    {
        lock (_gate)
        {
            _behaviours.Enqueue(behaviour);
        }

        return this;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            var request = await ReadRequestAsync(stream);
            Func<Stream, Task> behaviour;
            lock (_gate)
            {
                _requests.Add(request);
                behaviour = _behaviours.Count > 0 ? _behaviours.Dequeue() : s => WriteAsync(s, "HTTP/1.1 500 Unexpected\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            }

            await behaviour(stream);
        }
    }

    private static async Task<string> ReadRequestAsync(Stream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        while (true)
        {
            var text = Encoding.UTF8.GetString([.. received]);
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0 && Encoding.UTF8.GetByteCount(text[(headEnd + 4)..]) >= ContentLength(text[..headEnd]))
            {
                return text;
            }

            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return text;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }
    }

    private static int ContentLength(string head) => head.Split("\r\n")
        .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
        .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
        .FirstOrDefault();

    private static async Task WriteAsync(Stream stream, string response)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(response));
        await stream.FlushAsync();
    }
}
