using System.Diagnostics;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Client;

namespace Atlas.Core.Jira.Mcp;

/// <summary>
/// One session with the configured MCP server, opened on first use and reopened after the transport breaks. Every tool
/// call passes the same token bucket as REST calls and counts as one API call in the sync report.
/// </summary>
internal sealed class McpConnection(IOptionsMonitor<AtlasOptions> options, JiraCallCounter counter, JiraRateLimiter limiter, ILogger<McpConnection> logger)
    : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly McpStandardError _standardError = new();
    private McpClient? _client;
    private HashSet<string> _tools = [];

    private JiraOptions Jira => options.CurrentValue.Jira;

    /// <summary>The server in words (no secrets), for messages and the health check.</summary>
    public string Server => McpTransports.Describe(Jira.Mcp);

    /// <summary>The profile's default <c>NAME=VALUE</c> environment for a stdio child.</summary>
    public IReadOnlyList<string> DefaultEnvironment { get; set; } = [];

    /// <summary>Calls <paramref name="tool"/>; an answer with <c>isError</c> is returned for the caller to judge.</summary>
    public async Task<McpToolAnswer> CallAsync(string tool, IReadOnlyDictionary<string, object?> arguments, string operation, CancellationToken cancellationToken)
    {
        var client = await ConnectAsync(operation, cancellationToken);
        if (!_tools.Contains(tool))
        {
            throw Logged(MissingTool(tool, operation));
        }

        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        counter.RecordAttempt();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Jira.RequestTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await client.CallToolAsync(tool, arguments, cancellationToken: bounded.Token);
            McpLog.ToolCalled(logger, tool, watch.ElapsedMilliseconds, result.IsError == true);
            var answer = McpToolAnswer.From(tool, result);
            return answer with { Text = Mask(answer.Text) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Logged(new JiraUnavailableException($"{Server} did not answer {operation} within {Jira.RequestTimeout.TotalSeconds:0} s (Atlas:Jira:RequestTimeout)."));
        }
        catch (Exception failure) when (failure is not OperationCanceledException and not McpProtocolException)
        {
            await ResetAsync();
            throw Logged(McpErrors.FromException(failure, Server, operation, _standardError.Tail()));
        }
        catch (McpProtocolException refused)
        {
            throw Logged(McpErrors.FromException(refused, Server, operation, null));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _gate.Dispose();
    }

    // Hosts that dispose their container synchronously still stop a stdio child.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<McpClient> ConnectAsync(string operation, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _client ??= await OpenAsync(operation, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<McpClient> OpenAsync(string operation, CancellationToken cancellationToken)
    {
        var transport = McpTransports.Create(Jira, DefaultEnvironment, counter, line =>
        {
            var masked = Mask(line);
            _standardError.Add(masked);
            McpLog.ServerStandardError(logger, masked);
        });
        McpClient? client = null;
        try
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(Jira.RequestTimeout * 2);
            client = await McpClient.CreateAsync(transport, new McpClientOptions(), null, bounded.Token);
            var tools = await client.ListToolsAsync(cancellationToken: bounded.Token);
            _tools = tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            McpLog.Connected(logger, Server, client.NegotiatedProtocolVersion ?? "?", _tools.Count);
            return client;
        }
        catch (Exception failure) when (failure is not JiraException && !cancellationToken.IsCancellationRequested)
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }

            var why = failure is OperationCanceledException ? new TimeoutException($"no MCP handshake within {(Jira.RequestTimeout * 2).TotalSeconds:0} s") : failure;
            throw Logged(McpErrors.FromException(why, Server, $"{operation} (connecting)", _standardError.Tail()));
        }
    }

    private async Task ResetAsync()
    {
        var client = Interlocked.Exchange(ref _client, null);
        if (client is not null)
        {
            await client.DisposeAsync();
        }
    }

    private JiraResponseException MissingTool(string tool, string operation) =>
        new($"{Server} has no tool '{tool}', which Atlas needs for {operation}. It offers: {(_tools.Count == 0 ? "no tools" : string.Join(", ", _tools.Order(StringComparer.Ordinal)))}. "
            + "Choose the matching Atlas:Jira:Mcp:Profile, or name the server's tool in Atlas:Jira:Mcp:Tools:* with the custom profile. "
            + "(Rovo hides the Jira tools from an API token without Jira read scopes.)");

    // A server may echo its configuration, token included, in an error or on stderr.
    private string Mask(string text) =>
        Jira.ApiToken is { Length: > 0 } token ? text.Replace(token, "***", StringComparison.Ordinal) : text;

    private JiraException Logged(JiraException exception)
    {
        McpLog.CallFailed(logger, exception.Message);
        return exception;
    }
}

/// <summary>The last lines a stdio server wrote to stderr, to explain why it stopped; the token is masked.</summary>
internal sealed class McpStandardError
{
    private const int Kept = 8;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > Kept)
            {
                _lines.Dequeue();
            }
        }
    }

    public string Tail()
    {
        lock (_gate)
        {
            return string.Join(" | ", _lines);
        }
    }
}
