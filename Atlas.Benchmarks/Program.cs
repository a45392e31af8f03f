using System.Reflection;
using Atlas.Benchmarks.Search;
using Atlas.Benchmarks.Sync;
using BenchmarkDotNet.Running;

// "sync", "search" and "conflicts" run the scenario tables; anything else goes to BenchmarkDotNet (e.g. --filter *Upsert*).
return args switch
{
    ["sync", .. var rest] => await SyncScenarioRunner.RunAsync(quick: rest.Contains("--quick")),
    ["search", .. var rest] => await SearchScenarioRunner.RunAsync(quick: rest.Contains("--quick"), explain: rest.Contains("--explain")),
    ["conflicts", .. var rest] => await Atlas.Benchmarks.Conflicts.ConflictScenarioRunner.RunAsync(quick: rest.Contains("--quick")),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
    return 0;
}
