namespace Atlas.Core.Jira;

/// <summary>
/// Counts every HTTP attempt sent to Jira (retries included) and remembers the server's last <c>Date</c> header,
/// so a sync can report its API calls and reason with Jira's clock instead of ours.
/// </summary>
internal sealed class JiraCallCounter
{
    private readonly Lock _gate = new();
    private long _calls;
    private DateTimeOffset? _lastServerDate;

    public void RecordAttempt()
    {
        lock (_gate)
        {
            _calls++;
        }
    }

    public void RecordServerDate(DateTimeOffset serverDate)
    {
        lock (_gate)
        {
            _lastServerDate = serverDate;
        }
    }

    /// <summary>The totals so far; a sync may also diff two snapshots instead of resetting.</summary>
    public JiraCallSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new JiraCallSnapshot(_calls, _lastServerDate);
        }
    }

    /// <summary>Starts counting afresh (at the start of a sync run) and forgets the last server date.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _calls = 0;
            _lastServerDate = null;
        }
    }
}

/// <param name="Calls">HTTP attempts that went on the wire, retries included.</param>
/// <param name="LastServerDate">The <c>Date</c> header of the last response from Jira (its clock, second precision).</param>
internal readonly record struct JiraCallSnapshot(long Calls, DateTimeOffset? LastServerDate);
