using Atlas.Core.Storage;

namespace Atlas.Core.Sync;

public sealed partial class SyncEngine
{
    /// <summary>
    /// Renews the lease every third of its duration while the run lasts. Returns true when the lease was lost (another
    /// process took it after we stalled past its expiry); the run is then cancelled rather than writing beside the new holder.
    /// </summary>
    private async Task<bool> KeepLeaseAsync(string owner, long runId, CancellationTokenSource run)
    {
        var duration = Settings.LeaseDuration;
        try
        {
            while (true)
            {
                await Task.Delay(duration / 3, _time, run.Token);
                if (!await _store.RenewLeaseAsync(SyncLease.Sync, owner, duration, run.Token))
                {
                    SyncLog.LeaseLost(_logger, runId);
                    await run.CancelAsync();
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
