using System.Collections.Concurrent;

namespace Atlas.JiraSimulator.Behaviour;

/// <summary>
/// Decides which /rest call fails and how: first any scripted "fail the next N calls" entries (optionally for
/// one endpoint), then the seeded random rates.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<ScriptedFault> _scripted = new();
    private FaultOptions _options;
    private Random _random;

    public FaultInjector(FaultOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
    }

    public FaultOptions Options
    {
        get
        {
            lock (_gate)
            {
                return _options;
            }
        }

        set
        {
            lock (_gate)
            {
                _options = value;
                _random = new Random(value.Seed);
            }
        }
    }

    public void FailNext(int count, FaultKind kind, string? endpoint)
    {
        for (var i = 0; i < count; i++)
        {
            _scripted.Enqueue(new ScriptedFault(kind, endpoint));
        }
    }

    public void ClearScripted() => _scripted.Clear();

    public FaultKind? Next(string endpoint)
    {
        lock (_gate)
        {
            return TakeScripted(endpoint) ?? Draw();
        }
    }

    private FaultKind? TakeScripted(string endpoint)
    {
        var pending = _scripted.ToArray();
        var match = Array.FindIndex(pending, f => f.Endpoint is null || endpoint.EndsWith(f.Endpoint, StringComparison.OrdinalIgnoreCase));
        if (match < 0)
        {
            return null;
        }

        _scripted.Clear();
        foreach (var (fault, i) in pending.Select((f, i) => (f, i)).Where(p => p.i != match))
        {
            _scripted.Enqueue(fault);
        }

        return pending[match].Kind;
    }

    private FaultKind? Draw()
    {
        var roll = _random.NextDouble();
        var o = _options;
        foreach (var (rate, kind) in (ReadOnlySpan<(double, FaultKind)>)[(o.ServerErrorRate, FaultKind.InternalServerError),
            (o.ServiceUnavailableRate, FaultKind.ServiceUnavailable), (o.TruncatedBodyRate, FaultKind.TruncatedBody),
            (o.GarbageBodyRate, FaultKind.GarbageBody), (o.DropConnectionRate, FaultKind.DropConnection)])
        {
            if (roll < rate)
            {
                return kind == FaultKind.InternalServerError ? ServerError() : kind;
            }

            roll -= rate;
        }

        return null;
    }

    private FaultKind ServerError() => _random.Next(3) switch
    {
        0 => FaultKind.InternalServerError,
        1 => FaultKind.BadGateway,
        _ => FaultKind.GatewayTimeout,
    };

    private sealed record ScriptedFault(FaultKind Kind, string? Endpoint);
}
