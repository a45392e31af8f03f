using System.Reflection;
using Atlas.Benchmarks.Sync;
using BenchmarkDotNet.Running;

// "sync" runs the sync scenario table; anything else goes to BenchmarkDotNet (e.g. --filter *Upsert*).
return args is ["sync", .. var rest]
    ? await SyncScenarioRunner.RunAsync(quick: rest.Contains("--quick"))
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
    return 0;
}
