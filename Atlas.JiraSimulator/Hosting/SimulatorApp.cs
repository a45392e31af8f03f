using System.Net;
using Atlas.JiraSimulator.Api;
using Atlas.JiraSimulator.Control;
using Microsoft.AspNetCore.Http.Json;

namespace Atlas.JiraSimulator.Hosting;

/// <summary>Builds the Kestrel app: 127.0.0.1 only, the REST pipeline, Jira routes and the control routes.</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(SimulatorSite site, SimulatorControl control)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        if (site.Options.LogRequests)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, site.Options.Port);
        });
        builder.Services.AddSingleton(site);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ControlJson.Default));
        var app = builder.Build();
        RestPipeline.UseOuter(app, site);
        app.UseRouting();
        if (site.Options.LogRequests)
        {
            RequestLogging.Use(app);
        }

        RestPipeline.UseRest(app, site);
        RestRoutes.Map(app);
        ControlRoutes.Map(app, control);
        return app;
    }
}
