using Atlas.JiraSimulator;
using Atlas.JiraSimulator.Hosting;

var parsed = CommandLine.Parse(args);
if (parsed.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

if (parsed.Error is not null)
{
    await Console.Error.WriteLineAsync($"error: {parsed.Error}{Environment.NewLine}Run with --help to see the options.");
    return 2;
}

try
{
    await using var simulator = await SimulatedJira.StartAsync(parsed.Options);
    Console.WriteLine(CommandLine.Banner(simulator, parsed.Options!));
    await simulator.WaitForShutdownAsync();
    return 0;
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 2;
}
catch (IOException e)
{
    await Console.Error.WriteLineAsync($"error: could not start the simulator: {e.Message}");
    return 1;
}
