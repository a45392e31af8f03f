using Atlas.Core.Configuration;
using Atlas.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Jira;

/// <summary>
/// Registers the Jira client: headers → resilience (retry → token bucket → attempt timeout) → counter → network; and
/// <see cref="IJiraApi"/>, which is that client, or the MCP client when <c>Atlas:Jira:UseMcp</c> is true.
/// </summary>
internal static class JiraServiceCollectionExtensions
{
    public static IServiceCollection AddAtlasJira(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JiraCallCounter>();
        services.TryAddSingleton<JiraRateLimiter>();
        services.TryAddSingleton<TicketMapper>();
        services.TryAddTransient<JiraRequestHeadersHandler>();
        services.TryAddTransient<JiraWireHandler>();
        // The factory's own loggers put raw header values (the Authorization header) into their structured log state
        // even when the message text is redacted; JiraWireHandler logs each attempt without headers instead.
        var client = services.AddHttpClient<JiraClient>(ConfigureClient)
            .RemoveAllLoggers()
            .AddHttpMessageHandler<JiraRequestHeadersHandler>();
        client.AddResilienceHandler(JiraResilience.PipelineName, JiraResilience.Configure);
        client.AddHttpMessageHandler<JiraWireHandler>();
        services.TryAddSingleton<Mcp.McpConnection>();
        services.TryAddSingleton<Mcp.McpJiraClient>();
        services.TryAddSingleton<IJiraApi>(provider => provider.GetRequiredService<IOptions<AtlasOptions>>().Value.Jira.UseMcp
            ? provider.GetRequiredService<Mcp.McpJiraClient>()
            : provider.GetRequiredService<JiraClient>());
        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var baseUrl = services.GetRequiredService<IOptions<AtlasOptions>>().Value.Jira.BaseUrl!;
        client.BaseAddress = WithTrailingSlash(baseUrl);

        // The pipeline times each attempt out; HttpClient's own 100 s would cut across retries and their waits.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    // Relative paths resolve under the last '/', so https://api.atlassian.com/ex/jira/<cloudId> keeps its prefix.
    internal static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsolutePath.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
