using Atlas.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
AtlasFunctionsApp.Configure(builder);
using var host = builder.Build();
if (AtlasFunctionsApp.StartupProblem(host.Services) is { } problem)
{
    // One line naming the setting, instead of a stack trace in the Functions host's output.
    await Console.Error.WriteLineAsync($"Atlas cannot start: {problem}");
    return 2;
}

await host.RunAsync();
return 0;
