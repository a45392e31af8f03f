namespace Atlas.JiraSimulator.Behaviour;

/// <summary>Jira's burst limiter: one token bucket for all /rest calls, refilled continuously on the injected clock.</summary>
internal sealed class RateLimiter(TimeProvider time, RateLimitOptions options)
{
    private readonly Lock _gate = new();
    private RateLimitOptions _options = options;
    private double _tokens = options.Capacity;
    private DateTimeOffset _last = time.GetUtcNow();

    public RateLimitOptions Options
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
                _tokens = value.Capacity;
                _last = time.GetUtcNow();
            }
        }
    }

    /// <summary>Takes a token if there is one; otherwise says how long until there will be.</summary>
    public RateDecision TryAcquire()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Refill(now);
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return new RateDecision(true, _options.Capacity, (int)_tokens, TimeSpan.Zero, now);
            }

            var wait = _options.RefillPerSecond <= 0 ? TimeSpan.FromHours(1) : TimeSpan.FromSeconds((1 - _tokens) / _options.RefillPerSecond);
            return new RateDecision(false, _options.Capacity, 0, wait, now);
        }
    }

    private void Refill(DateTimeOffset now)
    {
        var elapsed = (now - _last).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(_options.Capacity, _tokens + elapsed * _options.RefillPerSecond);
            _last = now;
        }
    }
}

/// <summary>The outcome of one rate-limit check, with what the response headers report.</summary>
internal readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, TimeSpan RetryAfter, DateTimeOffset Now)
{
    public bool NearLimit => Remaining < Limit * 0.2;
}
