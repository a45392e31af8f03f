using System.Threading.RateLimiting;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Jira;

/// <summary>
/// The client-side token bucket that keeps Atlas under <c>Atlas:Jira:RequestsPerMinute</c> (N): it holds one second's
/// worth of tokens (B = ⌈N/60⌉) and refills so that B + refills never exceed N in any minute. Out of tokens, a request
/// books the next one and waits for it (never fails); waiters are served in booking order. Written against
/// <see cref="TimeProvider"/> because <see cref="TokenBucketRateLimiter"/> refills by the real stopwatch.
/// </summary>
internal sealed class JiraRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new JiraLease(true);
    private static readonly RateLimitLease Denied = new JiraLease(false);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly ILogger<JiraRateLimiter> _logger;
    private readonly int _perMinute;
    private readonly JiraBucketShape _shape;
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public JiraRateLimiter(IOptions<AtlasOptions> options, TimeProvider timeProvider, ILogger<JiraRateLimiter> logger)
    {
        _time = timeProvider;
        _logger = logger;
        _perMinute = options.Value.Jira.RequestsPerMinute;
        _shape = JiraBucketShape.For(_perMinute);
        _tokens = _shape.Capacity;
        _refilledAt = timeProvider.GetUtcNow();
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            Refill();
            if (_tokens < permitCount)
            {
                return Denied;
            }

            _tokens -= permitCount;
            return Granted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var wait = Book(permitCount);
        if (wait <= TimeSpan.Zero)
        {
            return Granted;
        }

        JiraLog.WaitingForRateLimit(_logger, (long)wait.TotalMilliseconds, _perMinute);
        try
        {
            await Task.Delay(wait, _time, cancellationToken);
            return Granted;
        }
        catch (OperationCanceledException)
        {
            Return(permitCount);
            throw;
        }
    }

    // Takes the tokens now, going into debt if need be; the debt says how long until they are really there.
    private TimeSpan Book(int permitCount)
    {
        lock (_gate)
        {
            Refill();
            _tokens -= permitCount;
            return _tokens >= 0 ? TimeSpan.Zero : _shape.Interval * -_tokens;
        }
    }

    private void Return(int permitCount)
    {
        lock (_gate)
        {
            _tokens += permitCount;
        }
    }

    private void Refill()
    {
        var now = _time.GetUtcNow();
        _tokens = Math.Min(_shape.Capacity, _tokens + ((now - _refilledAt) / _shape.Interval));
        _refilledAt = now;
    }

    private sealed class JiraLease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}

/// <summary>A bucket of <paramref name="Capacity"/> tokens refilled one per <paramref name="Interval"/>.</summary>
internal readonly record struct JiraBucketShape(int Capacity, TimeSpan Interval)
{
    /// <summary>
    /// Capacity B = ⌈N/60⌉ (a second's burst) and N − B + 1 refills a minute, the interval rounded up: a full bucket
    /// plus the refills due within any minute is then at most N.
    /// </summary>
    public static JiraBucketShape For(int perMinute)
    {
        var capacity = (perMinute + 59) / 60;
        var refillsPerMinute = perMinute - capacity + 1;
        return new(capacity, TimeSpan.FromTicks((TimeSpan.TicksPerMinute + refillsPerMinute - 1) / refillsPerMinute));
    }

    /// <summary>The most tokens any minute-long window can hand out.</summary>
    public long MostPerMinute => Capacity + ((TimeSpan.TicksPerMinute - 1) / Interval.Ticks);
}
