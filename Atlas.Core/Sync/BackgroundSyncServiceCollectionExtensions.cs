using Atlas.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Core.Sync;

/// <summary>Registration of manual syncs in the background, for hosts that run hosted services (the Functions worker).</summary>
public static class BackgroundSyncServiceCollectionExtensions
{
    /// <summary>Registers <see cref="BackgroundSyncRunner"/> and the hosted service that runs what it queues; call after <c>AddAtlasCore</c>.</summary>
    public static IServiceCollection AddAtlasBackgroundSync(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(BackgroundSyncRunner)))
        {
            return services;
        }

        services.AddSingletonFromInternalConstructor<BackgroundSyncRunner>();
        services.AddHostedService<BackgroundSyncWorker>();
        return services;
    }
}
