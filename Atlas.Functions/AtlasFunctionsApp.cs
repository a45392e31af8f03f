using Atlas.Core;
using Atlas.Core.Configuration;
using Atlas.Core.Sync;
using Atlas.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Atlas.Functions;

/// <summary>The worker's composition, shared by Program.cs and the tests that build the same host.</summary>
public static class AtlasFunctionsApp
{
    /// <summary>ASP.NET Core integration, problem details for unexpected errors, Atlas.Core and the background sync runner.</summary>
    public static FunctionsApplicationBuilder Configure(FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ProblemDetailsMiddleware>();
        TimerScheduleSetting.Apply(builder.Configuration);
        builder.Services.AddAtlasCore(builder.Configuration).AddAtlasBackgroundSync();
        return builder;
    }

    /// <summary>The one line naming the setting that keeps the worker from starting, or null when every setting is valid.</summary>
    public static string? StartupProblem(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (TimerScheduleSetting.Problem(services.GetRequiredService<IConfiguration>()) is { } schedule)
        {
            return schedule;
        }

        try
        {
            // What the host's StartAsync would do first (ValidateOnStart), done here so a bad setting reads as one line.
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (Exception invalid) when (SettingsErrors.Describe(invalid) is not null)
        {
            return SettingsErrors.Describe(invalid);
        }
    }
}
