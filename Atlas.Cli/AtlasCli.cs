using Atlas.Cli.Commands;
using Atlas.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Atlas.Cli;

/// <summary>The <c>atlas</c> command line: commands, their wiring and the exit codes of docs/design.md.</summary>
internal static class AtlasCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        await using var services = new AtlasServices();
        var registrations = new ServiceCollection().AddSingleton(services).AddSingleton(console);
        var app = new CommandApp(new TypeRegistrar(registrations));
        app.Configure(config => Configure(config, console));
        try
        {
            return await app.RunAsync(args, cancellationToken);
        }
        catch (Exception error) when (error is CommandParseException or CommandRuntimeException)
        {
            return console.Fail(CliFailure.From(error), args.Contains("--json"));
        }
    }

    private static void Configure(IConfigurator config, CliConsole console)
    {
        config.SetApplicationName("atlas");
        config.ConfigureConsole(console.Human);
        config.PropagateExceptions();
        config.AddCommand<SyncCommand>("sync").WithExample("sync", "--full").WithExample("sync", "--project", "WRKA", "--json");
        config.AddCommand<GetCommand>("get").WithExample("get", "WRKA-12").WithExample("get", "WRKA-12", "--offline", "--json");
        config.AddCommand<StatusCommand>("status");
        config.AddCommand<HistoryCommand>("history").WithExample("history", "--limit", "5");
        config.AddCommand<HealthCommand>("health");
        config.AddCommand<SearchCommand>("search").WithExample("search", "\"project = WRKA AND assignee = currentUser()\"").WithExample("search", "\"status = Blocked\"", "--offline", "--json");
        config.AddCommand<ValidateCommand>("validate").WithExample("validate", "\"project = WRKA AND status = Done\"");
        config.AddCommand<TemplatesCommand>("templates");
        config.AddCommand<TemplateCommand>("template").WithExample("template", "stale", "--param", "days=14").WithExample("template", "my-open", "--offline");
        config.AddCommand<ScheduleCommand>("schedule").WithExample("schedule", "--json");
        config.AddCommand<McpCommand>("mcp");
        config.AddCommand<EditCommand>("edit").WithExample("edit", "WRKA-12", "--set", "priority=High", "--set", "testStatus=blocked").WithExample("edit", "WRKA-12", "--clear", "priority");
        config.AddCommand<NoteCommand>("note").WithExample("note", "WRKA-12", "\"Fails on Safari only\"");
        config.AddCommand<ConflictsCommand>("conflicts").WithExample("conflicts").WithExample("conflicts", "--log", "--key", "WRKA-12");
        config.AddCommand<ResolveCommand>("resolve").WithExample("resolve", "7", "--take", "local").WithExample("resolve", "7", "--take", "jira", "--take", "priority=High");
    }
}
