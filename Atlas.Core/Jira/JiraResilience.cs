using Atlas.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Atlas.Core.Jira;

/// <summary>
/// The Jira resilience pipeline, outermost first: retry (429, 5xx, timeouts, dropped connections) → the client-side
/// token bucket (so every attempt, retries included, spends a token) → the per-attempt timeout.
/// </summary>
internal static class JiraResilience
{
    public const string PipelineName = "jira";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var jira = services.GetRequiredService<IOptions<AtlasOptions>>().Value.Jira;
        var limiter = services.GetRequiredService<JiraRateLimiter>();
        if (jira.MaxRetries > 0)
        {
            builder.AddRetry(RetryOptions(jira, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<JiraClient>>()));
        }

        builder.AddRateLimiter(limiter);
        builder.AddTimeout(jira.RequestTimeout);
    }

    private static HttpRetryStrategyOptions RetryOptions(JiraOptions jira, TimeProvider time, ILogger logger) => new()
    {
        MaxRetryAttempts = jira.MaxRetries,
        ShouldRetryAfterHeader = false,
        ShouldHandle = args => ValueTask.FromResult(JiraTransientFaults.ShouldRetry(args.Outcome, time.GetUtcNow())),
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
            JiraRetryDelay.For(args.AttemptNumber, args.Outcome.Result, time.GetUtcNow(), JiraRetryDelay.NextJitter(), jira.RetryBaseDelay)),
        OnRetry = args =>
        {
            JiraLog.Retrying(logger, args.AttemptNumber + 1, jira.MaxRetries, Reason(args.Outcome), (long)args.RetryDelay.TotalMilliseconds);
            return default;
        },
    };

    private static string Reason(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        { Exception: Polly.Timeout.TimeoutRejectedException } => "no answer within Atlas:Jira:RequestTimeout",
        { Exception: { } exception } => $"{exception.GetType().Name}: {exception.Message}",
        _ => "unknown",
    };
}
