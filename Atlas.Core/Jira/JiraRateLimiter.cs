using System.Threading.RateLimiting;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Jira;

/// <summary>
/// The client-side token bucket that keeps Atlas under <c>Atlas:Jira:RequestsPerMinute</c>. Out of tokens, a request
/// waits in line (never fails). Tokens are refilled by a <see cref="TimeProvider"/> timer so tests can drive the clock.
/// </summary>
internal sealed class JiraRateLimiter : IDisposable
{
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(100);

    private readonly TokenBucketRateLimiter _bucket;
    private readonly ITimer _refill;
    private readonly ILogger<JiraRateLimiter> _logger;
    private readonly int _perMinute;

    public JiraRateLimiter(IOptions<AtlasOptions> options, TimeProvider timeProvider, ILogger<JiraRateLimiter> logger)
    {
        _logger = logger;
        _perMinute = options.Value.Jira.RequestsPerMinute;
        var (period, tokens) = Pace(_perMinute);
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _refill = timeProvider.CreateTimer(_ => _bucket.TryReplenish(), null, period, period);
    }

    /// <summary>Takes one token for one HTTP attempt, waiting for the next refill when the bucket is empty.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = _bucket.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        JiraLog.WaitingForRateLimit(_logger, _perMinute);
        return await _bucket.AcquireAsync(1, cancellationToken);
    }

    public void Dispose()
    {
        _refill.Dispose();
        _bucket.Dispose();
    }

    // A bucket of one token refilled every 60/N seconds never lets more than N requests into any minute;
    // above 600/min the timer would tick too often, so refill several tokens every 100 ms instead.
    internal static (TimeSpan Period, int Tokens) Pace(int perMinute)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMinute / perMinute, ShortestPeriod.Ticks));
        var tokens = (int)Math.Max(1, perMinute * period.Ticks / TimeSpan.TicksPerMinute);
        return (period, tokens);
    }
}
