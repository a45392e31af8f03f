using System.Diagnostics;

namespace Atlas.Benchmarks.Sync;

/// <summary>Samples the process working set every 50 ms; <c>PeakWorkingSet64</c> never resets, so it cannot measure one phase.</summary>
internal sealed class PeakSampler : IDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public PeakSampler(Process process)
    {
        _process = process;
        _sampling = SampleAsync();
    }

    public long Stop()
    {
        _stop.Cancel();
        _sampling.Wait();
        Sample();
        return _peak;
    }

    public void Dispose() => _stop.Dispose();

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Sample()
    {
        _process.Refresh();
        _peak = Math.Max(_peak, _process.WorkingSet64);
    }
}
