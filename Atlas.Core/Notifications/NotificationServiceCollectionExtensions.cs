using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Core.Notifications;

internal static class NotificationServiceCollectionExtensions
{
    /// <summary>The notifier as a typed HTTP client whose factory loggers are removed: they would log the webhook URL.</summary>
    public static IServiceCollection AddAtlasNotifications(this IServiceCollection services)
    {
        services.AddHttpClient<SyncNotifier>(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        return services;
    }
}
