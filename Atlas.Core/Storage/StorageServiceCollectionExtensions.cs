using Atlas.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>The connection factory (migrates on first open) and the store, as singletons over <c>Atlas:Database:Path</c>.</summary>
    public static IServiceCollection AddAtlasStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new SqliteConnectionFactory(
            provider.GetRequiredService<IOptions<AtlasOptions>>().Value.Database.EffectivePath,
            new SchemaMigrator(SchemaMigration.Embedded, LoggerOf<SchemaMigrator>(provider))));
        services.TryAddSingleton(provider => new TicketStore(
            provider.GetRequiredService<SqliteConnectionFactory>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            LoggerOf<TicketStore>(provider)));
        return services;
    }

    // Hosts register logging; a bare container (a script, a test) still gets a working store.
    private static ILogger<T> LoggerOf<T>(IServiceProvider provider) =>
        provider.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
