using System.Text.Json;
using Atlas.Core.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Tests.Sync;

/// <summary>Asserts that the store holds exactly what the simulated Jira shows: every ticket, every synced field.</summary>
internal static class MirrorAssert
{
    public static async Task ExactAsync(SyncHarness harness)
    {
        var mapper = harness.Services.GetRequiredService<TicketMapper>();
        var visible = harness.Jira.Control.Tickets().Where(t => !t.Hidden).ToList();
        var counts = await harness.Store.CountsAsync(CancellationToken.None);
        Assert.Equal(visible.Count, counts.Live);

        var stored = await harness.Store.GetByIdsAsync([.. visible.Select(t => long.Parse(t.Id, System.Globalization.CultureInfo.InvariantCulture))], CancellationToken.None);
        var byId = stored.ToDictionary(s => s.Ticket.Id);
        foreach (var info in visible)
        {
            using var json = JsonDocument.Parse(harness.Jira.Control.GetTicketJson(info.Key)!);
            var expected = mapper.Map(json.RootElement);
            Assert.True(expected.IsAccepted, expected.Rejection?.Message);
            Assert.True(byId.TryGetValue(expected.Ticket.Id, out var actual), $"{info.Key} is missing from the store");
            Assert.False(actual.IsDeleted, $"{info.Key} is tombstoned but Jira shows it");
            Assert.Equal(Fields(expected.Ticket), Fields(actual.Ticket));
        }
    }

    /// <summary>Every synced field as text, so a difference names the field and both values.</summary>
    public static string[] Fields(Ticket t) =>
    [
        $"id={t.Id}", $"key={t.Key}", $"project={t.Project}", $"summary={t.Summary}", $"description={t.Description}",
        $"adf={Canonical(t.DescriptionAdf)}", $"status={t.Status}", $"statusCategory={t.StatusCategory}", $"priority={t.Priority}",
        $"issueType={t.IssueType}", $"assignee={t.Assignee}", $"reporter={t.Reporter}", $"labels={string.Join("|", t.Labels)}",
        $"components={string.Join("|", t.Components)}", $"fixVersions={string.Join("|", t.FixVersions)}",
        $"created={t.Created:O}", $"updated={t.Updated:O}", $"resolution={t.Resolution}", $"resolutionDate={t.ResolutionDate:O}",
        $"dueDate={t.DueDate:O}", $"parent={t.ParentKey}", $"environment={t.Environment}",
    ];

    private static string Canonical(string? json) =>
        json is null ? "" : JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
