using System.Reflection;
using Atlas.Benchmarks.Sync;
using BenchmarkDotNet.Running;

// "sync" runs the sync scenario table, "conflicts" the local-edit merge table; anything else goes to BenchmarkDotNet (e.g. --filter *Upsert*).
return args switch
{
    ["sync", .. var rest] => await SyncScenarioRunner.RunAsync(quick: rest.Contains("--quick")),
    ["conflicts", .. var rest] => await Atlas.Benchmarks.Conflicts.ConflictScenarioRunner.RunAsync(quick: rest.Contains("--quick")),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
    return 0;
}
