using Atlas.Core;
using Atlas.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Atlas.Cli.Infrastructure;

/// <summary>
/// Atlas.Core's services, built on first use from the settings (local.settings.json, then the environment) and
/// validated at once, so a bad setting stops the command with one line naming the key before anything runs.
/// </summary>
internal sealed class AtlasServices : IDisposable, IAsyncDisposable
{
    private ServiceProvider? _provider;

    /// <summary>A settings file given with <c>--settings</c>; read instead of the default local.settings.json.</summary>
    public string? SettingsFile { get; set; }

    /// <summary>Log at Information instead of Warning (still to stderr).</summary>
    public bool Verbose { get; set; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    private ServiceProvider Provider => _provider ??= Build();

    private ServiceProvider Build()
    {
        var configuration = SettingsLoader.Load(SettingsFile);
        var provider = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(Verbose ? LogLevel.Information : LogLevel.Warning)
                .AddFilter("System.Net.Http", LogLevel.Warning)
                .AddSimpleConsole(console => console.SingleLine = true)
                .Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddAtlasCore(configuration)
            .BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<AtlasOptions>>().Value;
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return provider;
    }

    public void Dispose() => _provider?.Dispose();

    public ValueTask DisposeAsync() => _provider?.DisposeAsync() ?? ValueTask.CompletedTask;
}
