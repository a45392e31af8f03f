using System.Net.Http.Json;
using Atlas.Core.Configuration;
using Atlas.Core.Conflicts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Notifications;

/// <summary>
/// Announces a scheduled sync's success or final failure, and conflicts on critical tickets that wait for a person, in
/// the log and, when <c>Atlas:Notifications:WebhookUrl</c> is set, as a JSON POST there. A webhook that fails is logged and otherwise ignored: it never changes the sync's outcome.
/// Only the webhook's host is ever logged, because such URLs often carry a secret in their path or query.
/// </summary>
internal sealed class SyncNotifier(HttpClient http, IOptionsMonitor<AtlasOptions> options, TimeProvider time, ILogger<SyncNotifier> logger)
{
    /// <summary>How long a webhook may take to answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task NotifyAsync(SyncNotification notification, CancellationToken cancellationToken)
    {
        Log(notification);
        if (options.CurrentValue.Notifications.WebhookUrl is { } url)
        {
            await PostAsync(url, notification with { SentAt = time.GetUtcNow() }, notification.Event, cancellationToken);
        }
    }

    /// <summary>Announces pending conflicts on critical tickets found by run <paramref name="runId"/>; nothing when there are none.</summary>
    public async Task NotifyCriticalConflictsAsync(long runId, IReadOnlyList<CriticalConflict> conflicts, CancellationToken cancellationToken)
    {
        if (conflicts.Count == 0)
        {
            return;
        }

        NotificationLog.CriticalConflicts(logger, conflicts.Count, runId, string.Join(", ", conflicts.Select(c => c.Key)));
        if (options.CurrentValue.Notifications.WebhookUrl is { } url)
        {
            var body = new ConflictNotification(ConflictEvents.Critical, runId, conflicts, time.GetUtcNow());
            await PostAsync(url, body, body.Event, cancellationToken);
        }
    }

    private void Log(SyncNotification notification)
    {
        if (notification.Event == SyncEvents.Succeeded)
        {
            NotificationLog.Succeeded(logger, notification.Trigger, notification.Report?.RunId, notification.Attempts);
        }
        else
        {
            NotificationLog.Failed(logger, notification.Trigger, notification.Attempts, notification.Error);
        }
    }

    private async Task PostAsync<T>(Uri url, T notification, string @event, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        try
        {
            using var response = await http.PostAsJsonAsync(url, notification, AtlasJson.Options, bounded.Token);
            if (response.IsSuccessStatusCode)
            {
                NotificationLog.WebhookSent(logger, url.Host, @event, (int)response.StatusCode);
            }
            else
            {
                NotificationLog.WebhookRefused(logger, url.Host, @event, (int)response.StatusCode);
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = failure is OperationCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : failure.Message;
            NotificationLog.WebhookUnreachable(logger, url.Host, @event, reason);
        }
    }
}
