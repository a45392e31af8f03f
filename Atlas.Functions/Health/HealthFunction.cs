using Atlas.Core.Health;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Health;

/// <summary>
/// <c>GET health</c>, as <c>atlas health</c>: 200 when healthy or degraded (Jira down, the cache still answers), 503 when
/// unhealthy. Anonymous, so uptime probes need no key.
/// </summary>
public sealed class HealthFunction(HealthService health)
{
    [Function("Health")]
    public async Task<IResult> CheckAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return ApiResults.Json(report, report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }
}
