using System.Threading.Channels;

namespace Atlas.Core.Sync;

/// <summary>
/// Manual syncs that run in the background of a long-lived host (the Functions worker): <see cref="SubmitAsync"/>
/// records the run and takes the lease, then returns at once with its id while the hosted worker runs it.
/// </summary>
public sealed class BackgroundSyncRunner
{
    private readonly Channel<SyncReservation> _pending = Channel.CreateUnbounded<SyncReservation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SyncEngine _engine;

    internal BackgroundSyncRunner(SyncEngine engine) => _engine = engine;

    internal ChannelReader<SyncReservation> Pending => _pending.Reader;

    /// <summary>Reserves a run and queues it; when another sync holds the lease the reservation says so and nothing is queued.</summary>
    /// <exception cref="ArgumentException">A requested project is not one of <c>Atlas:Jira:Projects</c>.</exception>
    /// <exception cref="InvalidOperationException">The host is stopping; the reserved run was recorded as failed.</exception>
    public async Task<SyncReservation> SubmitAsync(SyncRequest request, CancellationToken cancellationToken = default)
    {
        var reservation = await _engine.ReserveAsync(request, cancellationToken);
        if (reservation.Granted && !_pending.Writer.TryWrite(reservation))
        {
            var released = await _engine.ReleaseReservedAsync(reservation, StoppingReason);
            throw new InvalidOperationException($"Sync run {released.RunId} was not started: {StoppingReason}");
        }

        return reservation;
    }

    internal const string StoppingReason = "The host was stopping, so the run never started.";

    /// <summary>No more submissions: the host is stopping.</summary>
    internal void Close() => _pending.Writer.TryComplete();
}
