using Atlas.Core.Configuration;
using Atlas.Core.Conflicts;
using Atlas.Core.Health;
using Atlas.Core.Hosting;
using Atlas.Core.Lookups;
using Atlas.Core.Notifications;
using Atlas.Core.Scheduling;
using Atlas.Core.Search;
using Atlas.Core.Status;
using Atlas.Core.Sync;
using Atlas.Core.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Atlas.Core;

/// <summary>The one registration entry point the hosts call.</summary>
public static class AtlasCoreServiceCollectionExtensions
{
    /// <summary>Registers Atlas.Core's services and its validated <see cref="AtlasOptions"/> bound from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddAtlasCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AtlasOptions>()
            .Bind(configuration.GetSection(AtlasOptions.SectionName))
            .Configure(options => AtlasConfigurationAliases.Apply(options, configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AtlasOptions>, AtlasOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        Storage.StorageServiceCollectionExtensions.AddAtlasStorage(services);
        Jira.JiraServiceCollectionExtensions.AddAtlasJira(services);
        services.AddSingletonFromInternalConstructor<SyncEngine>();
        services.AddSingletonFromInternalConstructor<TicketLookup>();
        services.AddSingletonFromInternalConstructor<SyncStatusService>();
        services.AddSingletonFromInternalConstructor<HealthService>();
        services.TryAddSingleton<LiveSearch>();
        services.TryAddSingleton<OfflineSearch>();
        services.AddSingletonFromInternalConstructor<SearchService>();
        services.AddSingletonFromInternalConstructor<TemplateService>();
        services.AddSingletonFromInternalConstructor<TicketListQuery>();
        services.AddSingletonFromInternalConstructor<LocalEdits>();
        services.AddSingletonFromInternalConstructor<ConflictInbox>();
        services.AddOptions<SyncRetryOptions>().Bind(configuration.GetSection("Atlas:Sync")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SyncRetryOptions>, SyncRetryOptionsValidator>();
        services.AddAtlasNotifications();
        services.AddSingletonFromInternalConstructor<SyncScheduler>();
        return services;
    }
}
