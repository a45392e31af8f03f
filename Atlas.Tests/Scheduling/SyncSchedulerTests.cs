using Atlas.Core.Scheduling;
using Atlas.Core.Storage;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Scheduling;

public sealed class SyncSchedulerTests
{
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TwoMinutes = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task RunOccurrenceAsync_JiraUp_SucceedsOnceAndPostsTheReportToTheWebhook()
    {
        await using var harness = await SchedulingHarness.StartAsync();

        var outcome = await harness.Scheduler.RunOccurrenceAsync(SyncTriggers.Timer);

        Assert.Equal((ScheduledOutcome.Success, 1), (outcome.Outcome, outcome.Attempts));
        var run = Assert.Single(outcome.Runs);
        Assert.Equal((SyncStatus.Success, "timer", 40), (run.Status, run.Trigger, run.Created));
        var webhook = await harness.Webhook.NextAsync();
        Assert.Equal("/hooks/T0-SECRET-PATH", webhook.Path);
        Assert.StartsWith("application/json", webhook.ContentType, StringComparison.Ordinal);
        Assert.Equal("sync.succeeded", webhook.Json.GetProperty("event").GetString());
        Assert.Equal("timer", webhook.Json.GetProperty("trigger").GetString());
        Assert.Equal(1, webhook.Json.GetProperty("attempts").GetInt32());
        Assert.Equal(run.RunId, webhook.Json.GetProperty("report").GetProperty("runId").GetInt64());
        Assert.Equal(40, webhook.Json.GetProperty("report").GetProperty("processed").GetInt32());
        Assert.Equal("success", webhook.Json.GetProperty("report").GetProperty("status").GetString());
    }

    [Fact]
    public async Task RunOccurrenceAsync_JiraDownThroughout_ThreeAttemptsOneThenTwoMinutesApartThenFailureNotice()
    {
        await using var harness = await SchedulingHarness.StartAsync();
        harness.Jira.Control.FailNext(1000, FaultKind.BadGateway);

        var occurrence = harness.Scheduler.RunOccurrenceAsync(SyncTriggers.Timer);
        await harness.Time.WaitForTimersAsync(OneMinute);
        harness.Time.Advance(OneMinute - TimeSpan.FromSeconds(1));
        await AssertStillAsync(harness, runs: 1);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.Time.WaitForTimersAsync(TwoMinutes);
        harness.Time.Advance(TwoMinutes - TimeSpan.FromSeconds(1));
        await AssertStillAsync(harness, runs: 2);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await occurrence.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((ScheduledOutcome.Failed, 3), (outcome.Outcome, outcome.Attempts));
        Assert.All(outcome.Runs, run => Assert.Equal(SyncStatus.Failed, run.Status));
        Assert.Equal(OneMinute, outcome.Runs[1].StartedAt - outcome.Runs[0].FinishedAt);
        Assert.Equal(TwoMinutes, outcome.Runs[2].StartedAt - outcome.Runs[1].FinishedAt);
        var webhook = await harness.Webhook.NextAsync();
        Assert.Equal("sync.failed", webhook.Json.GetProperty("event").GetString());
        Assert.Equal(3, webhook.Json.GetProperty("attempts").GetInt32());
        Assert.Contains("502", webhook.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(outcome.Runs[2].RunId, webhook.Json.GetProperty("report").GetProperty("runId").GetInt64());
        Assert.Equal(0, harness.Webhook.Pending);
        Assert.Equal(2, harness.Logs.GetSnapshot().Count(log => log.Id.Id == 6003));
    }

    [Fact]
    public async Task RunOccurrenceAsync_FirstAttemptFails_SecondSucceedsAndOnlySuccessIsNotified()
    {
        await using var harness = await SchedulingHarness.StartAsync(new Dictionary<string, string?> { ["Atlas:Sync:RetryDelay"] = "00:00:45" });
        harness.Jira.Control.FailNext(1, FaultKind.InternalServerError);

        var occurrence = harness.Scheduler.RunOccurrenceAsync(SyncTriggers.Timer);
        await harness.Time.WaitForTimersAsync(TimeSpan.FromSeconds(45));
        harness.Time.Advance(TimeSpan.FromSeconds(45));
        var outcome = await occurrence.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((ScheduledOutcome.Success, 2), (outcome.Outcome, outcome.Attempts));
        Assert.Equal([SyncStatus.Failed, SyncStatus.Success], outcome.Runs.Select(r => r.Status));
        Assert.Equal("sync.succeeded", (await harness.Webhook.NextAsync()).Json.GetProperty("event").GetString());
        Assert.Equal(0, harness.Webhook.Pending);
    }

    [Fact]
    public async Task RunOccurrenceAsync_AnotherSyncHoldsTheLease_SkipsWithoutRetryOrNotice()
    {
        await using var harness = await SchedulingHarness.StartAsync();
        await harness.Store.TryAcquireLeaseAsync(SyncLease.Sync, "another-process", null, TimeSpan.FromMinutes(10), CancellationToken.None);

        var outcome = await harness.Scheduler.RunOccurrenceAsync(SyncTriggers.Timer);

        Assert.Equal((ScheduledOutcome.Skipped, 1), (outcome.Outcome, outcome.Attempts));
        Assert.Equal(SyncStatus.Skipped, Assert.Single(outcome.Runs).Status);
        Assert.DoesNotContain(harness.Time.DueTimes, due => due == OneMinute);
        Assert.Equal(0, harness.Jira.Control.Counters.Values.Sum());
        await Task.Delay(200);
        Assert.Equal(0, harness.Webhook.Pending);
    }

    [Fact]
    public async Task RunOccurrenceAsync_AutoSyncOff_RunsAndNotifiesNothing()
    {
        await using var harness = await SchedulingHarness.StartAsync(new Dictionary<string, string?> { ["Atlas:Sync:AutoSync"] = "false" });

        var outcome = await harness.Scheduler.RunOccurrenceAsync(SyncTriggers.Timer);

        Assert.Equal((ScheduledOutcome.Disabled, 0), (outcome.Outcome, outcome.Attempts));
        Assert.Empty(outcome.Runs);
        Assert.Equal(0, await harness.RunCountAsync());
        Assert.Contains("AutoSync is false", harness.Scheduler.IdleReason, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Equal(0, harness.Webhook.Pending);
    }

    [Fact]
    public async Task RunOccurrenceAsync_WebhookAnswers500_TheSyncStillSucceeds()
    {
        await using var harness = await SchedulingHarness.StartAsync();
        harness.Webhook.Status = 500;

        var outcome = await harness.Scheduler.RunOccurrenceAsync(SyncTriggers.Timer);

        Assert.Equal(ScheduledOutcome.Success, outcome.Outcome);
        await harness.Webhook.NextAsync();
        Assert.Contains(harness.Logs.GetSnapshot(), log => log.Id.Id == 5004 && log.Message.Contains("HTTP 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunScheduleAsync_EveryMinute_RunsEachOccurrenceAndAnnouncesTheNext()
    {
        await using var harness = await SchedulingHarness.StartAsync(new Dictionary<string, string?> { ["Atlas:Sync:Schedule"] = "0 * * * * *" }, webhook: false);
        var waits = new List<DateTimeOffset>();
        var runs = new List<SyncReport>();
        using var stop = new CancellationTokenSource();
        var callbacks = new ScheduleCallbacks { Waiting = waits.Add, RunFinished = runs.Add };
        harness.Time.Advance(TimeSpan.FromSeconds(20));

        var loop = harness.Scheduler.RunScheduleAsync(SyncTriggers.Schedule, callbacks, stop.Token);
        await harness.Time.WaitForTimersAsync(TimeSpan.FromSeconds(40));
        harness.Time.Advance(TimeSpan.FromSeconds(40));
        await Functions.Eventually.TrueAsync(() => runs.Count == 1 && waits.Count == 2);
        await harness.Time.WaitForTimersAsync(TimeSpan.FromSeconds(60));
        harness.Time.Advance(TimeSpan.FromSeconds(60));
        await Functions.Eventually.TrueAsync(() => runs.Count == 2 && waits.Count == 3);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop);
        var start = new DateTimeOffset(2026, 5, 4, 5, 0, 0, TimeSpan.Zero);
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(2), start.AddMinutes(3)], waits);
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(2)], runs.Select(r => r.StartedAt));
        Assert.All(runs, run => Assert.Equal((SyncStatus.Success, "schedule"), (run.Status, run.Trigger)));
    }

    [Fact]
    public async Task RunScheduleAsync_ManualFrequency_RefusesToStart()
    {
        await using var harness = await SchedulingHarness.StartAsync(new Dictionary<string, string?> { ["Atlas:Sync:Frequency"] = "manual" }, webhook: false);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Scheduler.RunScheduleAsync(SyncTriggers.Schedule));

        Assert.Contains("Atlas:Sync:Frequency is manual", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DelayAfter_EachFailedAttempt_DoublesFromRetryDelay()
    {
        var retry = new SyncRetryOptions { RetryDelay = TimeSpan.FromMinutes(1) };

        Assert.Equal([OneMinute, TwoMinutes, TimeSpan.FromMinutes(4)], new[] { 1, 2, 3 }.Select(retry.DelayAfter));
    }

    // The next attempt has not begun: no run beyond the expected ones was recorded after a moment's grace.
    private static async Task AssertStillAsync(SchedulingHarness harness, int runs)
    {
        await Task.Delay(150);
        Assert.Equal(runs, await harness.RunCountAsync());
    }
}
